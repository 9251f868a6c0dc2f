import type { Command } from '../io.js';

// Placeholder until the command lands.
export const workerCommand: Command = {
  name: 'worker',
  summary: '',
  help: 'newstrace worker: not available yet',
  async run(_argv, io) {
    io.stderr.write('newstrace worker: not available yet\n');
    return 1;
  },
};
