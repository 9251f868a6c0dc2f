import type { Command } from '../io.js';

// Placeholder until the command lands.
export const serveCommand: Command = {
  name: 'serve',
  summary: '',
  help: 'newstrace serve: not available yet',
  async run(_argv, io) {
    io.stderr.write('newstrace serve: not available yet\n');
    return 1;
  },
};
