import { Command } from 'commander';
import type { LocalCassandraSettings } from '../config/index.js';
import { describeStatus, nodeStatus, startNode, stopNode } from '../local/index.js';
import { toolConfig } from './context.js';

/**
 * `cassandra start|stop|status`: the local single-node Cassandra that the demo, the tests and
 * CI share. Failures are thrown for the entry point to print without a stack trace.
 */
export function cassandraCommand(): Command {
  const command = new Command('cassandra').description(
    'Run a local single-node Cassandra (fetched once with Maven, state under the cache folder)',
  );

  command
    .command('start')
    .description('Start the local node, or say that it is running; waits until it answers CQL')
    .action(async (_options, start: Command) => startNode(localSettings(start), print));
  command
    .command('stop')
    .description('Stop the local node this project started (SIGTERM, then SIGKILL)')
    .action(async (_options, stop: Command) => stopNode(localSettings(stop), print));
  command
    .command('status')
    .description('Print whether the local node runs, with its pid, CQL port and log file')
    .action(async (_options, status: Command) => {
      print(describeStatus(await nodeStatus(localSettings(status))));
    });

  return command;
}

function localSettings(command: Command): LocalCassandraSettings {
  return toolConfig(command).local;
}

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}
