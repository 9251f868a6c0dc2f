import type { Command } from '../io.js';

// Placeholder until the command lands.
export const ingestCommand: Command = {
  name: 'ingest',
  summary: '',
  help: 'newstrace ingest: not available yet',
  async run(_argv, io) {
    io.stderr.write('newstrace ingest: not available yet\n');
    return 1;
  },
};
