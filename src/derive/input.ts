import { parse } from 'lossless-json';
import { FieldError, InputError } from './errors.js';
import { isRecord, type JsonRecord } from './input-fields.js';
import {
  toAddressTag,
  toBlock,
  toExchangeRate,
  toSummaryStatistics,
  toTransaction,
} from './input-records.js';
import type { RawChain, RawSummaryStatistics } from './types.js';

/** One input file: its name (`keyspace.table.jsonl`, any directory) and its text. */
export interface ChainFile {
  name: string;
  text: string;
}

const TABLE_FILE_SUFFIX = '.jsonl';

const TABLE_READERS = {
  block: toBlock,
  transaction: toTransaction,
  exchange_rates: toExchangeRate,
  summary_statistics: toSummaryStatistics,
  tag_by_address: toAddressTag,
} as const;

type TableName = keyof typeof TABLE_READERS;

/**
 * Parses a raw chain given as JSON-lines files in Cassandra's `INSERT JSON` form, one file per
 * table, matched by the table name before `.jsonl` (the keyspace prefix is ignored). Blocks
 * and transactions are required; rates, statistics and tags are optional. Files that are not
 * `.jsonl` are ignored.
 *
 * @throws InputError naming the file and line of the first fault.
 */
export function parseChainFiles(files: ChainFile[]): RawChain {
  const tables = groupByTable(files);
  return {
    blocks: readTable(tables, 'block', true),
    transactions: readTable(tables, 'transaction', true),
    exchangeRates: readTable(tables, 'exchange_rates', false),
    summaryStatistics: latestStatistics(readTable(tables, 'summary_statistics', false)),
    tags: readTable(tables, 'tag_by_address', false),
  };
}

function groupByTable(files: ChainFile[]): Map<TableName, ChainFile[]> {
  const tables = new Map<TableName, ChainFile[]>();
  for (const file of files) {
    const table = tableOf(file.name);
    if (table === null) continue;
    tables.set(table, [...(tables.get(table) ?? []), file]);
  }
  return tables;
}

/** The table a file holds, null for files that are not tables; unknown tables are faults. */
function tableOf(name: string): TableName | null {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  if (!base.endsWith(TABLE_FILE_SUFFIX)) return null;
  const table = base.slice(0, -TABLE_FILE_SUFFIX.length).split('.').pop() ?? '';
  if (!Object.hasOwn(TABLE_READERS, table)) {
    throw new InputError(name, null, `unknown table "${table}"`);
  }
  return table as TableName;
}

type TableRecord<T extends TableName> = ReturnType<(typeof TABLE_READERS)[T]>;

function readTable<T extends TableName>(
  tables: Map<TableName, ChainFile[]>,
  table: T,
  isRequired: boolean,
): TableRecord<T>[] {
  const files = tables.get(table);
  if (files === undefined && isRequired) {
    throw new InputError(`*.${table}${TABLE_FILE_SUFFIX}`, null, 'required file is missing');
  }
  const toRecord = TABLE_READERS[table] as (record: JsonRecord) => TableRecord<T>;
  return (files ?? []).flatMap((file) => readLines(file, toRecord));
}

function readLines<T>(file: ChainFile, toRecord: (record: JsonRecord) => T): T[] {
  const records: T[] = [];
  const lines = file.text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    records.push(readLine(file.name, index + 1, line, toRecord));
  }
  return records;
}

function readLine<T>(
  file: string,
  line: number,
  text: string,
  toRecord: (record: JsonRecord) => T,
): T {
  let parsed: unknown;
  try {
    parsed = parse(text);
  } catch (error) {
    throw new InputError(file, line, `malformed JSON (${(error as Error).message})`);
  }
  if (!isRecord(parsed)) throw new InputError(file, line, 'not a JSON object');
  try {
    return toRecord(parsed);
  } catch (error) {
    if (error instanceof FieldError) throw new InputError(file, line, error.message);
    throw error;
  }
}

/** The statistics row of the most blocks, as with several imports; null when none. */
function latestStatistics(rows: RawSummaryStatistics[]): RawSummaryStatistics | null {
  return rows.reduce<RawSummaryStatistics | null>(
    (latest, row) => (latest === null || row.noBlocks >= latest.noBlocks ? row : latest),
    null,
  );
}
