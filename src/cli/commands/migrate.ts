import type { Command } from '../io.js';

// Placeholder until the command lands.
export const migrateCommand: Command = {
  name: 'migrate',
  summary: '',
  help: 'newstrace migrate: not available yet',
  async run(_argv, io) {
    io.stderr.write('newstrace migrate: not available yet\n');
    return 1;
  },
};
