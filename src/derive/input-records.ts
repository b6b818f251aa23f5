import { FieldError, InputFault } from './errors.js';
import {
  checkKeyText,
  isRecord,
  type JsonRecord,
  readBigint,
  readDate,
  readFloat32,
  readHash,
  readInt,
  readKeyString,
  readOptionalBoolean,
  readOptionalInt,
  readOptionalList,
  readOptionalSmallint,
  readOptionalString,
  readString,
} from './input-fields.js';
import { normalizeLabel } from './labels.js';
import type {
  AddressTag,
  RawBlock,
  RawExchangeRate,
  RawInputOutput,
  RawSummaryStatistics,
  RawTransaction,
} from './types.js';

/** `tx_prefix`: the first characters of the lower-case hex transaction hash. */
export const TX_PREFIX_LENGTH = 5;

/** Block and transaction hashes are SHA-256 digests. */
export const HASH_BYTES = 32;

/** A row of raw `block`. */
export function toBlock(record: JsonRecord): RawBlock {
  return {
    height: readInt(record, 'height', 'nonNegative'),
    blockHash: readHash(record, 'block_hash', HASH_BYTES),
    timestamp: readInt(record, 'timestamp', 'nonNegative'),
    noTransactions: readInt(record, 'no_transactions', 'nonNegative'),
  };
}

/**
 * A row of raw `transaction`. Null lists are empty; a missing prefix, coinbase flag or total
 * is derived from the hash and the lists; a missing or null coinjoin flag stays null.
 */
export function toTransaction(record: JsonRecord): RawTransaction {
  const txHash = readHash(record, 'tx_hash', HASH_BYTES);
  const inputs = toInputOutputs(record, 'inputs');
  const outputs = toInputOutputs(record, 'outputs');
  return {
    txPrefix: txPrefix(record, txHash),
    txHash,
    txIndex: readBigint(record, 'tx_index', 'nonNegative'),
    height: readInt(record, 'height', 'nonNegative'),
    timestamp: readInt(record, 'timestamp', 'nonNegative'),
    coinbase: readOptionalBoolean(record, 'coinbase') ?? inputs.length === 0,
    totalInput: optionalTotal(record, 'total_input', inputs),
    totalOutput: optionalTotal(record, 'total_output', outputs),
    inputs,
    outputs,
    coinjoin: readOptionalBoolean(record, 'coinjoin'),
  };
}

/** The prefix of the hash; a given prefix must be it (in either case). */
function txPrefix(record: JsonRecord, txHash: string): string {
  const prefix = txHash.slice(0, TX_PREFIX_LENGTH);
  const given = readOptionalString(record, 'tx_prefix');
  if (given !== null && given.toLowerCase() !== prefix) {
    throw new FieldError(
      `field "tx_prefix" is "${given}", not the start of tx_hash ("${prefix}")`,
      InputFault.INCONSISTENT,
    );
  }
  return prefix;
}

/** A given total (the exporter's, taken as given), else the sum of the entries. */
function optionalTotal(record: JsonRecord, key: string, entries: RawInputOutput[]): bigint {
  if (record[key] !== undefined && record[key] !== null) {
    return readBigint(record, key, 'nonNegative');
  }
  return entries.reduce((total, entry) => total + entry.value, 0n);
}

function toInputOutputs(record: JsonRecord, key: string): RawInputOutput[] {
  const list = readOptionalList(record, key) ?? [];
  return list.map((entry, index) => {
    if (!isRecord(entry)) throw new FieldError(`${key}[${index}] is not an object`);
    try {
      return toInputOutput(entry);
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      throw new FieldError(`${key}[${index}]: ${error.message}`, error.fault);
    }
  });
}

function toInputOutput(entry: JsonRecord): RawInputOutput {
  return {
    address: toAddresses(entry),
    value: readBigint(entry, 'value', 'nonNegative'),
    addressType: readOptionalSmallint(entry, 'address_type', 'signed'),
  };
}

/** The address list of an entry: null, or addresses that can be keys of the address tables. */
function toAddresses(entry: JsonRecord): string[] | null {
  const addresses = readOptionalList(entry, 'address');
  if (addresses?.some((address) => typeof address !== 'string')) {
    throw new FieldError('field "address" is not a list of strings');
  }
  return (addresses as string[] | null)?.map((address) => checkKeyText('address', address)) ?? null;
}

/** A row of raw `exchange_rates`; rates are non-negative float32. */
export function toExchangeRate(record: JsonRecord): RawExchangeRate {
  return {
    date: readDate(record, 'date'),
    eur: readFloat32(record, 'eur', 'nonNegative'),
    usd: readFloat32(record, 'usd', 'nonNegative'),
  };
}

/** A row of raw `summary_statistics`. */
export function toSummaryStatistics(record: JsonRecord): RawSummaryStatistics {
  return {
    id: readString(record, 'id'),
    noBlocks: readInt(record, 'no_blocks', 'nonNegative'),
    noTxs: readBigint(record, 'no_txs', 'nonNegative'),
    timestamp: readInt(record, 'timestamp', 'nonNegative'),
  };
}

/**
 * A row of the tagpacks keyspace's `tag_by_address`. The texts that become keys there or in
 * `tag_by_label` and `tag_by_category` must be storable as keys: the source is required and
 * the label needs an ASCII letter or digit (its normalised form keys `tag_by_label`).
 */
export function toAddressTag(record: JsonRecord): AddressTag {
  return {
    address: readKeyString(record, 'address'),
    currency: readString(record, 'currency'),
    label: readLabel(record),
    source: readKeyString(record, 'source'),
    tagpackUri: readKeyString(record, 'tagpack_uri'),
    lastmod: readOptionalInt(record, 'lastmod', 'signed'),
    category: readOptionalKeyString(record, 'category'),
    abuse: readOptionalString(record, 'abuse'),
  };
}

function readLabel(record: JsonRecord): string {
  const label = readKeyString(record, 'label');
  if (normalizeLabel(label) === '') {
    throw new FieldError('field "label" has no ASCII letter or digit', InputFault.OUT_OF_RANGE);
  }
  return label;
}

function readOptionalKeyString(record: JsonRecord, key: string): string | null {
  const text = readOptionalString(record, key);
  return text === null ? null : checkKeyText(key, text);
}
