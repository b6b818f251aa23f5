import { ConfigError } from '../config/index.js';

/** Errors a user can act on: their message is shown without a stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const FAILURE_EXIT_CODE = 1;

/** Prints a failure for a person at a terminal and returns the exit code. */
export function reportFailure(error: unknown): number {
  if (error instanceof ConfigError) {
    process.stderr.write(`graphsense-graphql: bad setting ${error.message}\n`);
  } else if (error instanceof UsageError) {
    process.stderr.write(`graphsense-graphql: ${error.message}\n`);
  } else if (error instanceof Error) {
    process.stderr.write(`graphsense-graphql: ${error.message}\n`);
    if (process.env.DEBUG) process.stderr.write(`${error.stack}\n`);
  } else {
    process.stderr.write(`graphsense-graphql: ${String(error)}\n`);
  }
  return FAILURE_EXIT_CODE;
}
