import { join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Client } from '../cassandra/client.js';
import { KeyspaceAdmin } from '../cassandra/keyspaces.js';
import { type Config, projectDataDir } from '../config/index.js';
import {
  DEFAULT_BUCKET_SIZE,
  keyspacesOf,
  type LoadSummary,
  loadChain,
  MAX_BUCKET_SIZE,
  refusePartialLoad,
} from '../load/index.js';
import { toolConfig, withClient } from './context.js';
import { progressLine } from './progress.js';

const CONCEPTS_PATH = 'taxonomy/concepts.yaml';
const DECIMAL_DIGITS = /^\d+$/;

interface LoadOptions {
  currency: string;
  bucketSize: number;
  includeCoinjoin?: boolean;
  concepts: string;
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
    .option('--bucket-size <n>', 'id group size', bucketSize, DEFAULT_BUCKET_SIZE)
    .option('--include-coinjoin', 'cluster coinjoin transactions too')
    .option('--concepts <file>', 'concepts taxonomy', join(projectDataDir(), CONCEPTS_PATH))
    .addOption(
      new Option(
        '--force',
        'empty the raw and transformed keyspaces first when they hold data',
      ).conflicts('ifEmpty'),
    )
    .option(
      '--if-empty',
      'do nothing, successfully, when the keyspaces hold a complete load; fail on an ' +
        'incomplete one',
    )
    .action(async (dir: string, options: LoadOptions, command: Command) => {
      const config = toolConfig(command);
      const summary = await withClient(config, async (client) => {
        if (options.ifEmpty && (await holdsCompleteLoad(client, config, options.currency))) {
          return null;
        }
        return loadChain(client, config, {
          currency: options.currency,
          inputDir: dir,
          conceptsFile: options.concepts,
          bucketSize: options.bucketSize,
          includeCoinjoin: options.includeCoinjoin ?? false,
          force: options.force ?? false,
          onProgress: progressLine(),
        });
      });
      process.stdout.write(`${outcome(options.currency, summary)}\n`);
    });
}

/** True for a complete load; an incomplete one is refused (a LoadError). */
async function holdsCompleteLoad(
  client: Client,
  config: Config,
  currency: string,
): Promise<boolean> {
  const admin = new KeyspaceAdmin(client, config.cassandra.schemaTimeoutMs);
  return (await refusePartialLoad(admin, keyspacesOf(config, currency))) === 'complete';
}

function outcome(currency: string, summary: LoadSummary | null): string {
  if (summary === null) {
    return `the ${currency} keyspaces already hold a complete load: nothing loaded`;
  }
  const total = Object.values(summary).reduce((sum, rows) => sum + rows, 0);
  return `loaded ${total} rows into ${Object.keys(summary).length} tables`;
}

/** A bucket size: ids and their groups are CQL int, so at most 2^31 - 1. */
function bucketSize(text: string): number {
  const value = Number(text);
  if (!DECIMAL_DIGITS.test(text) || value < 1 || value > MAX_BUCKET_SIZE) {
    throw new InvalidArgumentError(`an integer from 1 to ${MAX_BUCKET_SIZE}`);
  }
  return value;
}
