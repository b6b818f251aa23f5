import 'reflect-metadata';
import { Command, CommanderError } from 'commander';
import { keyspacesCommand } from './keyspaces.js';
import { loadCommand } from './load.js';
import { reportFailure } from './output.js';

// A closed pipe (`... | head`) ends the command quietly instead of with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const program = new Command('graphsense-graphql')
  .description('A GraphQL gateway over the GraphSense Cassandra keyspaces')
  .option('--config <file>', 'JSON configuration file (else GRAPHSENSE_CONFIG)')
  .showHelpAfterError()
  .exitOverride();

// Each command lives in its own file of src/cli, a thin layer over the modules below.
const commands: Command[] = [keyspacesCommand(), loadCommand()];
for (const command of commands) program.addCommand(command);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  process.exit(reportFailure(error));
}
