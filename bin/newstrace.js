#!/usr/bin/env node
// The CLI is compiled to dist/ by `npm ci` (prepare); run that first when working from a bare clone.
import { main } from '../dist/cli/main.js';

// A reader that stops early (`newstrace … | head`) closes the pipe: what is left to print has no
// reader, which is not the command's failure. Without a handler Node throws it at the next write,
// after an ingest's work is done; the command instead finishes with its own exit code.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = await main(process.argv.slice(2));
