import 'reflect-metadata';
import { CommanderError } from 'commander';
import { reportFailure } from './output.js';
import { buildProgram } from './program.js';

// A closed pipe (`... | head`) ends the command quietly instead of with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  process.exit(reportFailure(error));
}
