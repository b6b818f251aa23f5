import { Command } from 'commander';
import { cassandraCommand } from './cassandra.js';
import { keyspacesCommand } from './keyspaces.js';
import { loadCommand } from './load.js';

/** The `graphsense-graphql` command line: one file of src/cli per command. */
export function buildProgram(): Command {
  const program = new Command('graphsense-graphql')
    .description('A GraphQL gateway over the GraphSense Cassandra keyspaces')
    .option('--config <file>', 'JSON configuration file (else GRAPHSENSE_CONFIG)')
    .showHelpAfterError()
    .exitOverride();

  const commands = [cassandraCommand(), keyspacesCommand(), loadCommand()];
  for (const command of commands) program.addCommand(command);
  return program;
}
