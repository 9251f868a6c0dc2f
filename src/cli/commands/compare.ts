import type { Command } from '../io.js';

// Placeholder until the command lands.
export const compareCommand: Command = {
  name: 'compare',
  summary: '',
  help: 'newstrace compare: not available yet',
  async run(_argv, io) {
    io.stderr.write('newstrace compare: not available yet\n');
    return 1;
  },
};
