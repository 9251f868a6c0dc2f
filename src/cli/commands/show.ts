import type { Command } from '../io.js';

// Placeholder until the command lands.
export const showCommand: Command = {
  name: 'show',
  summary: '',
  help: 'newstrace show: not available yet',
  async run(_argv, io) {
    io.stderr.write('newstrace show: not available yet\n');
    return 1;
  },
};
