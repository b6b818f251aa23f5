import { type ChainFile, InputError, parseChainFiles } from '../../../src/derive/index.js';
import { JAN_1 } from './chain-builder.js';

/** Fields of a JSON line as raw JSON texts, so that numbers beyond 2^53 stay as written. */
export type JsonFields = Record<string, string>;

/** One JSON line of the given fields. */
export function jsonLine(fields: JsonFields): string {
  const members = Object.entries(fields).map(([key, value]) => `"${key}": ${value}`);
  return `{${members.join(', ')}}`;
}

/** A hash of `bytes` bytes ending in the digits of `n`, as the exporter writes it (JSON text). */
export function hashJson(n: number, bytes = 32): string {
  return `"0x${n.toString(16).padStart(bytes * 2, '0')}"`;
}

/** An input or output entry as JSON text. */
export function entryJson(address: string[] | null, value: string, addressType = '3'): string {
  return jsonLine({ address: JSON.stringify(address), value, address_type: addressType });
}

/** A block line at a height, on 2020-01-01. */
export function blockLine(height: number, fields: JsonFields = {}): string {
  return jsonLine({
    height: String(height),
    block_hash: hashJson(1000 + height),
    no_transactions: '1',
    timestamp: String(JAN_1),
    ...fields,
  });
}

/** A coinbase transaction line of index `index` in block 0, paying 50 BTC to `1Miner`. */
export function txLine(index: number, fields: JsonFields = {}): string {
  return jsonLine({
    tx_hash: hashJson(index),
    tx_index: String(index),
    height: '0',
    timestamp: String(JAN_1),
    coinbase: 'true',
    total_input: '0',
    total_output: '5000000000',
    inputs: '[]',
    outputs: `[${entryJson(['1Miner'], '5000000000')}]`,
    coinjoin: 'false',
    ...fields,
  });
}

/** A tag line of currency BTC. */
export function tagLine(fields: JsonFields = {}): string {
  return jsonLine({
    address: '"1Miner"',
    label: '"Mining Service"',
    source: '"example.org"',
    category: '"miner"',
    abuse: 'null',
    tagpack_uri: '"https://example.org/pack"',
    lastmod: '1600000000',
    currency: '"BTC"',
    ...fields,
  });
}

/** Lines of a table file, one per element, newline-terminated. */
export function lines(...texts: string[]): string {
  return texts.map((text) => `${text}\n`).join('');
}

/** File names of the crafted chains. */
export const BLOCK_FILE = 'btc_raw.block.jsonl';
export const TX_FILE = 'btc_raw.transaction.jsonl';
export const RATES_FILE = 'btc_raw.exchange_rates.jsonl';
export const STATISTICS_FILE = 'btc_raw.summary_statistics.jsonl';
export const TAGS_FILE = 'tagpacks.tag_by_address.jsonl';

/** A chain of block 0 and transaction 1, with the given files added or replaced. */
export function chainFiles(files: Record<string, string> = {}): ChainFile[] {
  const all = { [BLOCK_FILE]: lines(blockLine(0)), [TX_FILE]: lines(txLine(1)), ...files };
  return Object.entries(all).map(([name, text]) => ({ name, text }));
}

/** The InputError that parsing the files raises; fails the test when there is none. */
export function faultOf(files: ChainFile[]): InputError {
  try {
    parseChainFiles(files);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('no InputError');
}
