import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import type { Client } from '../cassandra/client.js';
import { KeyspaceAdmin } from '../cassandra/keyspaces.js';
import { type Config, projectDataDir } from '../config/index.js';
import { DEFAULT_BUCKET_SIZE, keyspacesOf, loadChain, occupiedTables } from '../load/index.js';
import { toolConfig, withClient } from './context.js';
import { progressLine } from './progress.js';

const CONCEPTS_PATH = 'taxonomy/concepts.yaml';

interface LoadOptions {
  currency: string;
  bucketSize: number;
  includeCoinjoin?: boolean;
  concepts?: string;
  force?: boolean;
  ifEmpty?: boolean;
}

/** `load`: a raw chain and everything derived from it, into the currency's keyspaces. */
export function loadCommand(): Command {
  return new Command('load')
    .description(
      'Load a raw chain (JSON lines, <prefix>.<table>.jsonl) and derive the transformed ' +
        'keyspace and tags from it',
    )
    .argument('<dir>', 'folder of the raw chain, such as data/test-chain')
    .requiredOption('--currency <code>', 'currency of the mapping, such as btc')
    .option('--bucket-size <n>', 'id group size', positiveInteger, DEFAULT_BUCKET_SIZE)
    .option('--include-coinjoin', 'cluster coinjoin transactions too')
    .option(
      '--concepts <file>',
      'concepts taxonomy',
      join(projectDataDir(), 'taxonomy/concepts.yaml'),
    )
    .option('--force', 'empty the raw and transformed keyspaces first when they hold data')
    .option('--if-empty', 'do nothing, successfully, when the keyspaces already hold data')
    .action(async (dir: string, options: LoadOptions, command: Command) => {
      const config = toolConfig(command);
      const summary = await withClient(config, async (client) => {
        if (options.ifEmpty && (await holdsData(client, config, options.currency))) return null;
        return loadChain(client, config, {
          currency: options.currency,
          inputDir: dir,
          conceptsFile: options.concepts ?? join(projectDataDir(), CONCEPTS_PATH),
          bucketSize: options.bucketSize,
          includeCoinjoin: options.includeCoinjoin ?? false,
          force: options.force ?? false,
          onProgress: progressLine(),
        });
      });
      if (summary === null) {
        process.stdout.write(
          `the ${options.currency} keyspaces already hold data: nothing loaded\n`,
        );
        return;
      }
      const total = Object.values(summary).reduce((sum, rows) => sum + rows, 0);
      process.stdout.write(`loaded ${total} rows into ${Object.keys(summary).length} tables\n`);
    });
}

async function holdsData(client: Client, config: Config, currency: string): Promise<boolean> {
  const admin = new KeyspaceAdmin(client, config.cassandra.schemaTimeoutMs);
  return (await occupiedTables(admin, keyspacesOf(config, currency))).length > 0;
}

function positiveInteger(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1) throw new InvalidArgumentError('a positive integer');
  return value;
}
