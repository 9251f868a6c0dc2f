import type { Command } from '../io.js';

// Placeholder until the command lands.
export const clustersCommand: Command = {
  name: 'clusters',
  summary: '',
  help: 'newstrace clusters: not available yet',
  async run(_argv, io) {
    io.stderr.write('newstrace clusters: not available yet\n');
    return 1;
  },
};
