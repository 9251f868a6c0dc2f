import type { Command } from '../io.js';

// Placeholder until the command lands.
export const panCommand: Command = {
  name: 'pan',
  summary: '',
  help: 'newstrace pan: not available yet',
  async run(_argv, io) {
    io.stderr.write('newstrace pan: not available yet\n');
    return 1;
  },
};
