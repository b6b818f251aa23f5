import { regularAddress } from './ids.js';
import type { RawTransaction } from './types.js';

/**
 * Clusters addresses by the multiple-input heuristic: addresses that spend together in a
 * transaction (regular inputs before netting, at least two distinct addresses with ids) are
 * connected, and a cluster is a connected component. Coinjoin transactions, and those whose
 * flag is null, are skipped unless `includeCoinjoin`.
 *
 * @returns `clusterOf[addressId]`: the smallest address id of the address's component.
 */
export function clusterAddresses(
  transactions: RawTransaction[],
  idOf: Map<string, number>,
  includeCoinjoin: boolean,
): Int32Array {
  const parent = Int32Array.from({ length: idOf.size }, (_, id) => id);
  for (const tx of transactions) {
    if (!includeCoinjoin && tx.coinjoin !== false) continue;
    const spenders = spenderIds(tx, idOf);
    for (const spender of spenders) union(parent, spenders[0] ?? spender, spender);
  }
  for (let id = 0; id < parent.length; id += 1) parent[id] = root(parent, id);
  return parent;
}

/** The distinct ids of a transaction's regular input addresses. */
function spenderIds(tx: RawTransaction, idOf: Map<string, number>): number[] {
  const ids = new Set<number>();
  for (const input of tx.inputs) {
    const address = regularAddress(input);
    const id = address === null ? undefined : idOf.get(address);
    if (id !== undefined) ids.add(id);
  }
  return [...ids];
}

/** Joins two components under the smaller of their roots, so a root is its component's minimum. */
function union(parent: Int32Array, a: number, b: number): void {
  const rootA = root(parent, a);
  const rootB = root(parent, b);
  if (rootA < rootB) parent[rootB] = rootA;
  else if (rootB < rootA) parent[rootA] = rootB;
}

/** The root of a node's component, compressing the path on the way. */
function root(parent: Int32Array, node: number): number {
  let top = node;
  while (parent[top] !== top) top = parent[top] ?? top;
  let current = node;
  while (current !== top) {
    const next = parent[current] ?? top;
    parent[current] = top;
    current = next;
  }
  return top;
}
