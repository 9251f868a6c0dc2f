import type { Command } from '../io.js';

// Placeholder until the command lands.
export const traceCommand: Command = {
  name: 'trace',
  summary: '',
  help: 'newstrace trace: not available yet',
  async run(_argv, io) {
    io.stderr.write('newstrace trace: not available yet\n');
    return 1;
  },
};
