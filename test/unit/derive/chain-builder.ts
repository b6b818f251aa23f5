import type {
  DeriveOptions,
  RawBlock,
  RawChain,
  RawExchangeRate,
  RawInputOutput,
  RawTransaction,
} from '../../../src/derive/index.js';

/** 2020-01-01 00:00 UTC and the days after it, as block timestamps. */
export const JAN_1 = 1_577_836_800;
export const JAN_2 = JAN_1 + 86_400;
export const JAN_3 = JAN_2 + 86_400;

/** Options for crafted chains: bucket size 2, coinjoin excluded, currency btc. */
export const CRAFTED_OPTIONS: DeriveOptions = {
  bucketSize: 2,
  includeCoinjoin: false,
  txListLimit: 100,
  currency: 'btc',
  rawKeyspace: 'crafted_raw',
};

/** A block at a height. */
export function block(height: number, timestamp: number): RawBlock {
  return { height, blockHash: hash(1000 + height), timestamp, noTransactions: 0 };
}

/** An input or output: one address is regular, several are multisig, null is non-standard. */
export function entry(address: string | string[] | null, value: bigint): RawInputOutput {
  const addresses = typeof address === 'string' ? [address] : address;
  return { address: addresses, value, addressType: null };
}

/** A transaction; its hash is its index in hex, padded to 32 bytes. */
export function transaction(spec: {
  index: number;
  block: RawBlock;
  inputs?: RawInputOutput[];
  outputs: RawInputOutput[];
  coinjoin?: boolean | null;
}): RawTransaction {
  const inputs = spec.inputs ?? [];
  const txHash = hash(spec.index);
  return {
    txPrefix: txHash.slice(0, 5),
    txHash,
    txIndex: BigInt(spec.index),
    height: spec.block.height,
    timestamp: spec.block.timestamp,
    coinbase: inputs.length === 0,
    totalInput: inputs.reduce((sum, input) => sum + input.value, 0n),
    totalOutput: spec.outputs.reduce((sum, output) => sum + output.value, 0n),
    inputs,
    outputs: spec.outputs,
    coinjoin: spec.coinjoin === undefined ? false : spec.coinjoin,
  };
}

/** The hash of a crafted transaction. */
export function hash(index: number): string {
  return index.toString(16).padStart(64, '0');
}

/** A chain of blocks, transactions and rates, without statistics or tags. */
export function rawChain(
  blocks: RawBlock[],
  transactions: RawTransaction[],
  exchangeRates: RawExchangeRate[] = [],
): RawChain {
  return { blocks, transactions, exchangeRates, summaryStatistics: null, tags: [] };
}

/** A `value` UDT with its fiat parts given in decimal and stored as float32. */
export function fiatValue(satoshi: bigint, eur: number, usd: number) {
  return { value: satoshi, eur: Math.fround(eur), usd: Math.fround(usd) };
}
