import type { Client } from '../cassandra/client.js';
import { KeyspaceAdmin } from '../cassandra/keyspaces.js';
import { KEYSPACES } from '../cassandra/schema.js';
import type { Config } from '../config/index.js';
import { deriveRaw, deriveTransformed, isOfCurrency, sameTags } from '../derive/index.js';
import type {
  AddressTag,
  DerivedRawRows,
  DeriveOptions,
  RawChain,
  TransformedRows,
} from '../derive/types.js';
import { LoadError } from './errors.js';
import { type LoadInput, readLoadInput } from './input-files.js';
import { type KeyspaceSet, keyspaceDefs, keyspacesOf } from './keyspace-set.js';
import { occupiedTables } from './load-state.js';
import {
  type LoadProgress,
  type LoadSummary,
  tableWriter,
  type WriteTable,
} from './table-writer.js';
import { readCurrencyTags, replaceCurrencyTags } from './tag-store.js';

/** The pipeline's limit of hashes in a relation's transaction list. */
export const TX_LIST_LIMIT = 100;
/** The pipeline's bucket size. */
export const DEFAULT_BUCKET_SIZE = 25_000;
/** Ids and id groups are CQL `int`: a larger bucket size could not be stored. */
export const MAX_BUCKET_SIZE = 2 ** 31 - 1;

export interface LoadChainOptions {
  currency: string;
  /** Folder of JSON-lines files named `<anything>.<table>.jsonl`. */
  inputDir: string;
  conceptsFile: string;
  bucketSize?: number;
  includeCoinjoin?: boolean;
  txListLimit?: number;
  /** Empty the currency's raw and transformed keyspaces when they hold data. */
  force?: boolean;
  onProgress?: (progress: LoadProgress) => void;
}

/** Every row of the currency's raw and transformed keyspaces, derived before any write. */
interface DerivedRows {
  raw: DerivedRawRows;
  transformed: TransformedRows;
}

/**
 * Loads a raw chain and everything derived from it. Nothing is written before the input is
 * read, checked and derived in memory (with the input's tags of the currency). Then it
 * refuses keyspaces that hold data (unless forced, which empties them), replaces the
 * currency's tags, upserts the taxonomies, and writes the raw and transformed keyspaces; the
 * transformed rows are derived again only when the tags read back from the tagpacks
 * keyspace, the derivation's source, differ from the input's. The transformed statistics row
 * is written last.
 */
export async function loadChain(
  client: Client,
  config: Config,
  options: LoadChainOptions,
): Promise<LoadSummary> {
  const keyspaces = keyspacesOf(config, options.currency);
  const deriveOptions = toDeriveOptions(options, keyspaces);
  const input = await readLoadInput(options.inputDir, options.conceptsFile);
  const tags = input.chain.tags.filter((tag) => isOfCurrency(tag, keyspaces.currency));
  const derived = deriveRows(input.chain, tags, deriveOptions);

  const admin = new KeyspaceAdmin(client, config.cassandra.schemaTimeoutMs);
  await prepareKeyspaces(admin, keyspaces, config, options.force ?? false);

  const summary: LoadSummary = {};
  const write = tableWriter(client, summary, options.onProgress);
  const storedTags = await writeTagpacks(client, keyspaces, tags, input, write);
  const transformed = sameTags(storedTags, tags)
    ? derived.transformed
    : deriveTransformed(input.chain, storedTags, deriveOptions);
  await writeRaw(input.chain, derived.raw, keyspaces.raw, write);
  await writeTransformed(transformed, keyspaces.transformed, write);
  return summary;
}

function toDeriveOptions(options: LoadChainOptions, keyspaces: KeyspaceSet): DeriveOptions {
  const bucketSize = options.bucketSize ?? DEFAULT_BUCKET_SIZE;
  if (!Number.isInteger(bucketSize) || bucketSize < 1 || bucketSize > MAX_BUCKET_SIZE) {
    throw new LoadError(
      `the bucket size must be an integer from 1 to ${MAX_BUCKET_SIZE} (ids and their groups ` +
        `are CQL int), not ${bucketSize}`,
    );
  }
  return {
    bucketSize,
    includeCoinjoin: options.includeCoinjoin ?? false,
    txListLimit: options.txListLimit ?? TX_LIST_LIMIT,
    currency: keyspaces.currency,
    rawKeyspace: keyspaces.raw,
  };
}

function deriveRows(chain: RawChain, tags: AddressTag[], options: DeriveOptions): DerivedRows {
  return { raw: deriveRaw(chain, options), transformed: deriveTransformed(chain, tags, options) };
}

/**
 * Creates missing keyspaces; refuses, or with `force` empties, raw and transformed data. The
 * transformed keyspace is emptied first, its statistics row first of all, so that an
 * interrupted emptying leaves a partial load, never one that looks complete.
 */
async function prepareKeyspaces(
  admin: KeyspaceAdmin,
  keyspaces: KeyspaceSet,
  config: Config,
  force: boolean,
): Promise<void> {
  const occupied = await occupiedTables(admin, keyspaces);
  if (occupied.length > 0 && !force) {
    const names = [...new Set(occupied.map((table) => table.split('.')[0]))].join(' and ');
    throw new LoadError(
      `refusing to load: ${names} already hold data (${occupied.length} tables); ` +
        'use --force to empty the raw and transformed keyspaces first',
    );
  }

  for (const [def, name] of keyspaceDefs(keyspaces)) {
    await admin.create(def, name, config.cassandra.replication);
  }
  if (occupied.length > 0) {
    await admin.truncate(KEYSPACES.transformed, keyspaces.transformed);
    await admin.truncate(KEYSPACES.raw, keyspaces.raw);
  }
}

/** Writes the tags and taxonomies; returns the currency's tags as read back. */
async function writeTagpacks(
  client: Client,
  keyspaces: KeyspaceSet,
  tags: AddressTag[],
  input: LoadInput,
  write: WriteTable,
): Promise<AddressTag[]> {
  const { tagpacks, currency } = keyspaces;
  await replaceCurrencyTags(client, tagpacks, currency, tags, write);
  await write('tagpacks', tagpacks, 'taxonomy_by_key', input.taxonomies.taxonomyByKey);
  await write('tagpacks', tagpacks, 'concept_by_taxonomy_id', input.taxonomies.conceptByTaxonomyId);
  return readCurrencyTags(client, tagpacks, currency);
}

async function writeRaw(
  chain: RawChain,
  derived: DerivedRawRows,
  keyspace: string,
  write: WriteTable,
): Promise<void> {
  await write('raw', keyspace, 'block', chain.blocks);
  await write('raw', keyspace, 'transaction', chain.transactions);
  await write('raw', keyspace, 'block_transactions', derived.blockTransactions);
  await write('raw', keyspace, 'exchange_rates', chain.exchangeRates);
  await write('raw', keyspace, 'summary_statistics', [derived.summaryStatistics]);
}

async function writeTransformed(
  rows: TransformedRows,
  keyspace: string,
  write: WriteTable,
): Promise<void> {
  const { summaryStatistics, ...tables } = rows;
  for (const [name, tableRows] of Object.entries(tables)) {
    await write('transformed', keyspace, snakeCase(name), tableRows as readonly object[]);
  }
  // Written last: a reader that finds the statistics row finds the rest too.
  await write('transformed', keyspace, 'summary_statistics', summaryStatistics);
}

/** `addressByIdGroup` becomes `address_by_id_group`. */
function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
