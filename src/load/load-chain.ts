import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Client } from '../cassandra/client.js';
import { KeyspaceAdmin } from '../cassandra/keyspaces.js';
import { KEYSPACES } from '../cassandra/schema.js';
import { RowWriter } from '../cassandra/writer.js';
import type { Config } from '../config/index.js';
import {
  deriveRaw,
  deriveTagpackRows,
  deriveTransformed,
  parseChainFiles,
  parseConcepts,
} from '../derive/index.js';
import type {
  AddressTag,
  DeriveOptions,
  RawChain,
  TagpackByUriRow,
  TagpackRows,
} from '../derive/types.js';
import { LoadError } from './errors.js';
import { type KeyspaceSet, keyspaceDefs, keyspacesOf } from './keyspace-set.js';

/** The pipeline's limit of hashes in a relation's transaction list. */
export const TX_LIST_LIMIT = 100;
export const DEFAULT_BUCKET_SIZE = 25_000;

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

export interface LoadProgress {
  keyspace: string;
  table: string;
  written: number;
  total: number;
}

/** Rows written per table, keyed `keyspace.table`. */
export type LoadSummary = Record<string, number>;

/**
 * Loads a raw chain and everything derived from it: reads and checks all input first,
 * then refuses keyspaces that hold data (unless forced), replaces the currency's tags,
 * upserts the taxonomies, and writes the raw and transformed keyspaces.
 */
export async function loadChain(
  client: Client,
  config: Config,
  options: LoadChainOptions,
): Promise<LoadSummary> {
  const keyspaces = keyspacesOf(config, options.currency);
  const chain = parseChainFiles(await readInputFiles(options.inputDir));
  const taxonomies = parseConcepts(await readConceptsFile(options.conceptsFile));
  const deriveOptions = toDeriveOptions(options, keyspaces);

  const admin = new KeyspaceAdmin(client, config.cassandra.schemaTimeoutMs);
  await prepareKeyspaces(admin, keyspaces, config, options.force ?? false);

  const summary: LoadSummary = {};
  const write = tableWriter(client, summary, options.onProgress);
  const tagpacks = keyspaces.tagpacks;
  await replaceCurrencyTags(client, tagpacks, keyspaces.currency, chain.tags, write);
  await write('tagpacks', tagpacks, 'taxonomy_by_key', taxonomies.taxonomyByKey);
  await write('tagpacks', tagpacks, 'concept_by_taxonomy_id', taxonomies.conceptByTaxonomyId);

  const tags = await readCurrencyTags(client, tagpacks, keyspaces.currency);
  await writeRaw(chain, deriveOptions, keyspaces.raw, write);
  await writeTransformed(chain, tags, deriveOptions, keyspaces.transformed, write);
  return summary;
}

function toDeriveOptions(options: LoadChainOptions, keyspaces: KeyspaceSet): DeriveOptions {
  const bucketSize = options.bucketSize ?? DEFAULT_BUCKET_SIZE;
  if (!Number.isInteger(bucketSize) || bucketSize < 1) {
    throw new LoadError(`the bucket size must be a positive integer, not ${bucketSize}`);
  }
  return {
    bucketSize,
    includeCoinjoin: options.includeCoinjoin ?? false,
    txListLimit: options.txListLimit ?? TX_LIST_LIMIT,
    currency: keyspaces.currency,
    rawKeyspace: keyspaces.raw,
  };
}

async function readInputFiles(dir: string): Promise<{ name: string; text: string }[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.jsonl')).sort();
  } catch (error) {
    throw new LoadError(`cannot read the input folder ${dir} (${errorCode(error)})`);
  }
  return Promise.all(
    names.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })),
  );
}

async function readConceptsFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new LoadError(`cannot read the concepts file ${path} (${errorCode(error)})`);
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/** The tables of the currency's raw and transformed keyspaces that hold data, as `ks.table`. */
export async function occupiedTables(admin: KeyspaceAdmin, keyspaces: KeyspaceSet) {
  const found: string[] = [];
  for (const [def, name] of keyspaceDefs(keyspaces)) {
    if (def.role === 'tagpacks') continue;
    const tables = await admin.tablesWithData(def, name);
    found.push(...tables.map((table) => `${name}.${table}`));
  }
  return found;
}

/** Creates missing keyspaces; refuses, or with `force` empties, raw and transformed data. */
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
    await admin.truncate(KEYSPACES.raw, keyspaces.raw);
    await admin.truncate(KEYSPACES.transformed, keyspaces.transformed);
  }
}

type WriteTable = (
  role: keyof typeof KEYSPACES,
  keyspace: string,
  table: string,
  rows: readonly object[],
) => Promise<void>;

function tableWriter(
  client: Client,
  summary: LoadSummary,
  onProgress?: (progress: LoadProgress) => void,
): WriteTable {
  return async (role, keyspace, table, rows) => {
    const writer = new RowWriter(client, KEYSPACES[role], keyspace);
    const total = rows.length;
    onProgress?.({ keyspace, table, written: 0, total });
    await writer.insert(table, rows, {
      onProgress: (written) => onProgress?.({ keyspace, table, written, total }),
    });
    summary[`${keyspace}.${table}`] = total;
  };
}

const TAG_TABLES = ['tag_by_address', 'tag_by_label', 'tag_by_category'] as const;

/** Tags of this currency from this input replace its earlier ones; nothing else changes. */
async function replaceCurrencyTags(
  client: Client,
  keyspace: string,
  currency: string,
  tags: AddressTag[],
  write: WriteTable,
): Promise<void> {
  const writer = new RowWriter(client, KEYSPACES.tagpacks, keyspace);
  for (const table of TAG_TABLES) {
    const earlier: { currency: string }[] = [];
    for await (const row of writer.scan<{ currency: string }>(table)) {
      if (row.currency.toLowerCase() === currency) earlier.push(row);
    }
    await writer.delete(table, earlier);
  }

  const ofCurrency = tags.filter((tag) => tag.currency.toLowerCase() === currency);
  const rows = deriveTagpackRows(ofCurrency);
  await write('tagpacks', keyspace, 'tag_by_address', rows.tagByAddress);
  await write('tagpacks', keyspace, 'tag_by_label', rows.tagByLabel);
  await write('tagpacks', keyspace, 'tag_by_category', rows.tagByCategory);
  await write('tagpacks', keyspace, 'tagpack_by_uri', await undescribed(writer, rows));
}

/**
 * The TagPacks of the tags that have no row yet: the tagpack tool's own rows carry titles and
 * creators that tags cannot give, and are kept.
 */
async function undescribed(writer: RowWriter, rows: TagpackRows): Promise<TagpackByUriRow[]> {
  const described = new Set<string>();
  for await (const row of writer.scan<TagpackByUriRow>('tagpack_by_uri')) described.add(row.uri);
  return rows.tagpackByUri.filter((row) => !described.has(row.uri));
}

/** The derivation reads tags back from the tagpacks keyspace, as the pipeline does. */
async function readCurrencyTags(
  client: Client,
  keyspace: string,
  currency: string,
): Promise<AddressTag[]> {
  const writer = new RowWriter(client, KEYSPACES.tagpacks, keyspace);
  const tags: AddressTag[] = [];
  for await (const tag of writer.scan<AddressTag>('tag_by_address')) {
    if (tag.currency.toLowerCase() === currency) tags.push(tag);
  }
  return tags;
}

async function writeRaw(
  chain: RawChain,
  options: DeriveOptions,
  keyspace: string,
  write: WriteTable,
): Promise<void> {
  const derived = deriveRaw(chain, options);
  await write('raw', keyspace, 'block', chain.blocks);
  await write('raw', keyspace, 'transaction', chain.transactions);
  await write('raw', keyspace, 'block_transactions', derived.blockTransactions);
  await write('raw', keyspace, 'exchange_rates', chain.exchangeRates);
  await write('raw', keyspace, 'summary_statistics', [derived.summaryStatistics]);
}

async function writeTransformed(
  chain: RawChain,
  tags: AddressTag[],
  options: DeriveOptions,
  keyspace: string,
  write: WriteTable,
): Promise<void> {
  const rows = deriveTransformed(chain, tags, options);
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
