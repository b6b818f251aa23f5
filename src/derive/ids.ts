import type { RawInputOutput, RawTransaction } from './types.js';

/** Length of `address_prefix`, the partition key of `address`. */
export const ADDRESS_PREFIX_LENGTH = 5;

/** The address ids: `addresses[id]` is the address, `idOf` the way back. */
export interface AddressIds {
  addresses: string[];
  idOf: Map<string, number>;
}

/** The id group (partition) of an address or cluster id. */
export function idGroup(id: number, bucketSize: number): number {
  return Math.floor(id / bucketSize);
}

/** The address of a regular entry (exactly one address), null for any other entry. */
export function regularAddress(entry: RawInputOutput): string | null {
  return entry.address?.length === 1 ? (entry.address[0] ?? null) : null;
}

/** The transactions in ascending `tx_index`, the only ordering the derivation uses. */
export function sortByTxIndex(transactions: RawTransaction[]): RawTransaction[] {
  return [...transactions].sort((a, b) => compareBigint(a.txIndex, b.txIndex));
}

function compareBigint(a: bigint, b: bigint): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Numbers every address paid by a regular output, 0, 1, 2, ... by its first (tx_index, n).
 * Expects the transactions in ascending `tx_index`.
 */
export function assignAddressIds(sorted: RawTransaction[]): AddressIds {
  const addresses: string[] = [];
  const idOf = new Map<string, number>();
  for (const tx of sorted) {
    for (const output of tx.outputs) {
      const address = regularAddress(output);
      if (address === null || idOf.has(address)) continue;
      idOf.set(address, addresses.length);
      addresses.push(address);
    }
  }
  return { addresses, idOf };
}
