import type { FiatRate } from './fiat.js';
import { regularAddress } from './ids.js';
import type { RawTransaction } from './types.js';

/** A node's (address's or cluster's) net change in one transaction. */
export interface NetRow {
  node: number;
  /** Received minus spent: positive is an output row, negative an input row, zero is kept. */
  value: bigint;
}

/** A transaction with its net rows and the rate of its height. */
export interface NetTransaction {
  tx: RawTransaction;
  rate: FiatRate;
  rows: NetRow[];
}

/** An address-level net transaction, with what the relation denominator needs besides rows. */
export interface AddressNetTransaction extends NetTransaction {
  /** All raw input values minus the regular ones: non-standard and multisig inputs. */
  irregularInputs: bigint;
}

/**
 * Nets a transaction's regular inputs and outputs per address with an id: regular outputs to
 * the address minus regular inputs from it. Addresses without an id are left out.
 */
export function netTransaction(
  tx: RawTransaction,
  idOf: Map<string, number>,
  rate: FiatRate,
): AddressNetTransaction {
  const net = new Map<number, bigint>();
  let irregularInputs = 0n;
  for (const input of tx.inputs) {
    const address = regularAddress(input);
    if (address === null) irregularInputs += input.value;
    addToNode(net, address === null ? undefined : idOf.get(address), -input.value);
  }
  for (const output of tx.outputs) {
    const address = regularAddress(output);
    addToNode(net, address === null ? undefined : idOf.get(address), output.value);
  }
  const rows = [...net].map(([node, value]) => ({ node, value }));
  return { tx, rate, rows, irregularInputs };
}

function addToNode(net: Map<number, bigint>, node: number | undefined, amount: bigint): void {
  if (node !== undefined) net.set(node, (net.get(node) ?? 0n) + amount);
}

/**
 * Re-nets the non-zero rows of a transaction per group of nodes (addresses to clusters),
 * keeping zero results.
 */
export function regroupRows(rows: NetRow[], groupOf: (node: number) => number): NetRow[] {
  const net = new Map<number, bigint>();
  for (const row of rows) {
    if (row.value !== 0n) addToNode(net, groupOf(row.node), row.value);
  }
  return [...net].map(([node, value]) => ({ node, value }));
}
