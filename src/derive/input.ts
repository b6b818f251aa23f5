import { parse } from 'lossless-json';
import { FieldError, InputError, InputFault } from './errors.js';
import { checkChain, type Located } from './input-checks.js';
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
 * and transactions are required, and there must be a block; rates, statistics and tags are
 * optional. Files that are not `.jsonl` are ignored. Every field must fit its CQL column, and
 * the records must agree with each other (see `checkChain`).
 *
 * @throws InputError naming the file and line of the first fault.
 */
export function parseChainFiles(files: ChainFile[]): RawChain {
  const tables = fileOfEachTable(files);
  const blocks = readTable(tables, 'block', true);
  const transactions = readTable(tables, 'transaction', true);
  const exchangeRates = readTable(tables, 'exchange_rates', false);
  if (blocks.length === 0) {
    throw new InputError(tables.get('block')?.name ?? '', null, 'no blocks', InputFault.MISSING);
  }
  checkChain({ blocks, transactions, exchangeRates });
  return {
    blocks: recordsOf(blocks),
    transactions: recordsOf(transactions),
    exchangeRates: recordsOf(exchangeRates),
    summaryStatistics: latestStatistics(recordsOf(readTable(tables, 'summary_statistics', false))),
    tags: recordsOf(readTable(tables, 'tag_by_address', false)),
  };
}

/** The file of each table; a second file for one table is refused, naming both. */
function fileOfEachTable(files: ChainFile[]): Map<TableName, ChainFile> {
  const tables = new Map<TableName, ChainFile>();
  for (const file of files) {
    const table = tableOf(file.name);
    if (table === null) continue;
    const first = tables.get(table);
    if (first !== undefined) {
      const reason = `a second file of table "${table}" besides ${first.name}`;
      throw new InputError(file.name, null, reason, InputFault.DUPLICATE);
    }
    tables.set(table, file);
  }
  return tables;
}

/** The table a file holds, null for files that are not tables; unknown tables are faults. */
function tableOf(name: string): TableName | null {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  if (!base.endsWith(TABLE_FILE_SUFFIX)) return null;
  const table = base.slice(0, -TABLE_FILE_SUFFIX.length).split('.').pop() ?? '';
  if (!Object.hasOwn(TABLE_READERS, table)) {
    throw new InputError(name, null, `unknown table "${table}"`, InputFault.UNKNOWN_TABLE);
  }
  return table as TableName;
}

type TableRecord<T extends TableName> = ReturnType<(typeof TABLE_READERS)[T]>;

function readTable<T extends TableName>(
  tables: Map<TableName, ChainFile>,
  table: T,
  isRequired: boolean,
): Located<TableRecord<T>>[] {
  const file = tables.get(table);
  if (file === undefined) {
    if (!isRequired) return [];
    const name = `*.${table}${TABLE_FILE_SUFFIX}`;
    throw new InputError(name, null, 'required file is missing', InputFault.MISSING);
  }
  return readLines(file, TABLE_READERS[table] as (record: JsonRecord) => TableRecord<T>);
}

function readLines<T>(file: ChainFile, toRecord: (record: JsonRecord) => T): Located<T>[] {
  const records: Located<T>[] = [];
  for (const [index, text] of file.text.split('\n').entries()) {
    if (text.trim() === '') continue;
    const line = index + 1;
    records.push({ record: readLine(file.name, line, text, toRecord), file: file.name, line });
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
    const reason = `malformed JSON (${(error as Error).message})`;
    throw new InputError(file, line, reason, InputFault.MALFORMED);
  }
  if (!isRecord(parsed))
    throw new InputError(file, line, 'not a JSON object', InputFault.MALFORMED);
  try {
    return toRecord(parsed);
  } catch (error) {
    if (error instanceof FieldError) throw new InputError(file, line, error.message, error.fault);
    throw error;
  }
}

function recordsOf<T>(rows: Located<T>[]): T[] {
  return rows.map((row) => row.record);
}

/** The statistics row of the most blocks, as with several imports; null when none. */
function latestStatistics(rows: RawSummaryStatistics[]): RawSummaryStatistics | null {
  return rows.reduce<RawSummaryStatistics | null>(
    (latest, row) => (latest === null || row.noBlocks >= latest.noBlocks ? row : latest),
    null,
  );
}
