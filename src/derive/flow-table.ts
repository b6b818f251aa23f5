import type { FiatRate } from './fiat.js';
import { toFiat } from './fiat.js';
import type { RawTransaction, Value } from './types.js';

/** An aggregated relation between two nodes. */
export interface Flow {
  src: number;
  dst: number;
  noTransactions: number;
  value: Value;
  /** All shared hashes, sorted, up to the limit; empty beyond it. */
  txList: string[];
}

/** The transaction a flow belongs to, with the rate of its height. */
export interface FlowOrigin {
  tx: RawTransaction;
  rate: FiatRate;
}

const INITIAL_CAPACITY = 1024;

/**
 * The relations between nodes numbered 0 to `nodeCount - 1`, aggregated per pair over
 * transactions. Millions of pairs are common, so each pair is a slot in typed arrays rather
 * than an object, keyed by one number, `src * nodeCount + dst`, which sorts as (src, dst).
 * Sums are 64-bit, like the CQL `bigint` they are written to.
 */
export class FlowTable {
  readonly #slotOf = new Map<number, number>();
  readonly #nodeCount: number;
  readonly #txListLimit: number;
  #noTransactions = new Int32Array(INITIAL_CAPACITY);
  #value = new BigInt64Array(INITIAL_CAPACITY);
  #eur = new Float64Array(INITIAL_CAPACITY);
  #usd = new Float64Array(INITIAL_CAPACITY);
  /** One hash as a string, several as a list, null once beyond the list limit. */
  readonly #hashes: (string | string[] | null)[] = [];

  constructor(nodeCount: number, txListLimit: number) {
    if (nodeCount * nodeCount > Number.MAX_SAFE_INTEGER) {
      throw new RangeError(`too many nodes for pair keys: ${nodeCount}`);
    }
    this.#nodeCount = Math.max(nodeCount, 1);
    this.#txListLimit = txListLimit;
  }

  /** Adds one transaction's flow of a pair, converted at the transaction's height. */
  add(src: number, dst: number, amount: bigint, origin: FlowOrigin): void {
    const slot = this.#slot(src * this.#nodeCount + dst);
    const count = this.#noTransactions[slot] ?? 0;
    this.#noTransactions[slot] = count + 1;
    this.#value[slot] = (this.#value[slot] ?? 0n) + amount;
    this.#eur[slot] = (this.#eur[slot] ?? 0) + toFiat(amount, origin.rate.eur);
    this.#usd[slot] = (this.#usd[slot] ?? 0) + toFiat(amount, origin.rate.usd);
    this.#hashes[slot] = this.#withHash(this.#hashes[slot] ?? null, count, origin.tx.txHash);
  }

  #withHash(hashes: string | string[] | null, count: number, hash: string) {
    if (count + 1 > this.#txListLimit) return null;
    if (count === 0) return hash;
    if (typeof hashes === 'string') return [hashes, hash];
    hashes?.push(hash);
    return hashes;
  }

  #slot(key: number): number {
    const known = this.#slotOf.get(key);
    if (known !== undefined) return known;
    const slot = this.#slotOf.size;
    if (slot === this.#noTransactions.length) this.#grow();
    this.#slotOf.set(key, slot);
    return slot;
  }

  #grow(): void {
    const capacity = this.#noTransactions.length * 2;
    this.#noTransactions = grown(new Int32Array(capacity), this.#noTransactions);
    this.#value = grown(new BigInt64Array(capacity), this.#value);
    this.#eur = grown(new Float64Array(capacity), this.#eur);
    this.#usd = grown(new Float64Array(capacity), this.#usd);
  }

  /** The relations whose both ends are present, by source, then destination. */
  finish(present: Set<number>): Flow[] {
    const keys = new Float64Array(this.#slotOf.size);
    let next = 0;
    for (const key of this.#slotOf.keys()) keys[next++] = key;
    keys.sort();
    const flows: Flow[] = [];
    for (const key of keys) {
      const src = Math.floor(key / this.#nodeCount);
      const dst = key - src * this.#nodeCount;
      if (present.has(src) && present.has(dst)) flows.push(this.#flow(src, dst, key));
    }
    return flows;
  }

  #flow(src: number, dst: number, key: number): Flow {
    const slot = this.#slotOf.get(key) ?? 0;
    const hashes = this.#hashes[slot] ?? null;
    const value = {
      value: this.#value[slot] ?? 0n,
      eur: Math.fround(this.#eur[slot] ?? 0),
      usd: Math.fround(this.#usd[slot] ?? 0),
    };
    const txList = typeof hashes === 'string' ? [hashes] : (hashes?.sort() ?? []);
    return { src, dst, noTransactions: this.#noTransactions[slot] ?? 0, value, txList };
  }
}

function grown<T extends Int32Array | BigInt64Array | Float64Array>(target: T, source: T): T {
  target.set(source as never);
  return target;
}
