import { FieldError } from './errors.js';
import {
  isRecord,
  type JsonRecord,
  readBigint,
  readDate,
  readFloat32,
  readHash,
  readInt,
  readOptionalBoolean,
  readOptionalInt,
  readOptionalList,
  readOptionalString,
  readString,
} from './input-fields.js';
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

/** A row of raw `block`. */
export function toBlock(record: JsonRecord): RawBlock {
  return {
    height: readInt(record, 'height'),
    blockHash: readHash(record, 'block_hash'),
    timestamp: readInt(record, 'timestamp'),
    noTransactions: readInt(record, 'no_transactions'),
  };
}

/**
 * A row of raw `transaction`. Null lists are empty; a missing prefix, coinbase flag or total
 * is derived from the hash and the lists; a missing or null coinjoin flag stays null.
 */
export function toTransaction(record: JsonRecord): RawTransaction {
  const txHash = readHash(record, 'tx_hash');
  const inputs = toInputOutputs(record, 'inputs');
  const outputs = toInputOutputs(record, 'outputs');
  return {
    txPrefix: readOptionalString(record, 'tx_prefix') ?? txHash.slice(0, TX_PREFIX_LENGTH),
    txHash,
    txIndex: readBigint(record, 'tx_index'),
    height: readInt(record, 'height'),
    timestamp: readInt(record, 'timestamp'),
    coinbase: readOptionalBoolean(record, 'coinbase') ?? inputs.length === 0,
    totalInput: optionalTotal(record, 'total_input', inputs),
    totalOutput: optionalTotal(record, 'total_output', outputs),
    inputs,
    outputs,
    coinjoin: readOptionalBoolean(record, 'coinjoin'),
  };
}

function optionalTotal(record: JsonRecord, key: string, entries: RawInputOutput[]): bigint {
  if (record[key] !== undefined && record[key] !== null) return readBigint(record, key);
  return entries.reduce((total, entry) => total + entry.value, 0n);
}

function toInputOutputs(record: JsonRecord, key: string): RawInputOutput[] {
  const list = readOptionalList(record, key) ?? [];
  return list.map((entry, index) => {
    if (!isRecord(entry)) throw new FieldError(`${key}[${index}] is not an object`);
    try {
      return toInputOutput(entry);
    } catch (error) {
      if (error instanceof FieldError) throw new FieldError(`${key}[${index}]: ${error.message}`);
      throw error;
    }
  });
}

function toInputOutput(entry: JsonRecord): RawInputOutput {
  const addresses = readOptionalList(entry, 'address');
  if (addresses?.some((address) => typeof address !== 'string')) {
    throw new FieldError('field "address" is not a list of strings');
  }
  return {
    address: addresses as string[] | null,
    value: readBigint(entry, 'value'),
    addressType: readOptionalInt(entry, 'address_type'),
  };
}

/** A row of raw `exchange_rates`; rates are float32. */
export function toExchangeRate(record: JsonRecord): RawExchangeRate {
  return {
    date: readDate(record, 'date'),
    eur: readFloat32(record, 'eur'),
    usd: readFloat32(record, 'usd'),
  };
}

/** A row of raw `summary_statistics`. */
export function toSummaryStatistics(record: JsonRecord): RawSummaryStatistics {
  return {
    id: readString(record, 'id'),
    noBlocks: readInt(record, 'no_blocks'),
    noTxs: readBigint(record, 'no_txs'),
    timestamp: readInt(record, 'timestamp'),
  };
}

/** A row of the tagpacks keyspace's `tag_by_address`. */
export function toAddressTag(record: JsonRecord): AddressTag {
  return {
    address: readString(record, 'address'),
    currency: readString(record, 'currency'),
    label: readString(record, 'label'),
    source: readOptionalString(record, 'source'),
    tagpackUri: readString(record, 'tagpack_uri'),
    lastmod: readOptionalInt(record, 'lastmod'),
    category: readOptionalString(record, 'category'),
    abuse: readOptionalString(record, 'abuse'),
  };
}
