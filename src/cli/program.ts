import { Command } from 'commander';
import { cassandraCommand } from './cassandra.js';
import { demoCommand } from './demo.js';
import { keyspacesCommand } from './keyspaces.js';
import { loadCommand } from './load.js';
import { schemaCommand } from './schema.js';
import { serveCommand } from './serve.js';
import { usersCommand } from './users.js';

/** The `graphsense-graphql` command line: one file of src/cli per command. */
export function buildProgram(): Command {
  const program = new Command('graphsense-graphql')
    .description('A GraphQL gateway over the GraphSense Cassandra keyspaces')
    .option('--config <file>', 'JSON configuration file (else GRAPHSENSE_CONFIG)')
    .showHelpAfterError()
    .exitOverride();

  const commands = [
    cassandraCommand(),
    demoCommand(),
    keyspacesCommand(),
    loadCommand(),
    serveCommand(),
    schemaCommand(),
    usersCommand(),
  ];
  for (const command of commands) program.addCommand(command);
  return program;
}
