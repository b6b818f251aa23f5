import { Command } from 'commander';
import { createKeyspaceStatements } from '../cassandra/ddl.js';
import { KeyspaceAdmin } from '../cassandra/keyspaces.js';
import { flatObject } from '../config/parsers.js';
import { keyspaceDefs, keyspacesOf } from '../load/index.js';
import { toolConfig, withClient } from './context.js';

interface CreateOptions {
  currency: string;
  print?: boolean;
  replication?: string;
}

/** `keyspaces create`: the raw, transformed and tagpacks keyspaces of a currency. */
export function keyspacesCommand(): Command {
  const keyspaces = new Command('keyspaces').description('Manage the GraphSense keyspaces');
  keyspaces
    .command('create')
    .description('Create the raw, transformed and tagpacks keyspaces of a currency')
    .requiredOption('--currency <code>', 'currency of the mapping, such as btc')
    .option('--replication <json>', 'replication map (default: CASSANDRA_REPLICATION)')
    .option('--print', 'only print the CQL')
    .action(async (options: CreateOptions, command: Command) => {
      const config = toolConfig(command);
      const set = keyspacesOf(config, options.currency);
      const replication =
        options.replication === undefined
          ? config.cassandra.replication
          : flatObject(options.replication, '--replication');

      if (options.print) {
        for (const [def, name] of keyspaceDefs(set)) {
          for (const statement of createKeyspaceStatements(def, name, replication)) {
            process.stdout.write(`${statement};\n`);
          }
        }
        return;
      }

      await withClient(config, async (client) => {
        const admin = new KeyspaceAdmin(client, config.cassandra.schemaTimeoutMs);
        for (const [def, name] of keyspaceDefs(set)) {
          // An existing keyspace still gets the tables and types it lacks.
          const existed = await admin.exists(name);
          await admin.create(def, name, replication);
          process.stdout.write(`${existed ? 'exists' : 'created'} ${name} (${def.role})\n`);
        }
      });
    });
  return keyspaces;
}
