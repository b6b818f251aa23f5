import type { Value } from './types.js';

/** Amount in satoshi times rate, divided by this, is the amount in cents (1e8 sat / 100 cents). */
const SATOSHI_RATE_PER_CENT = 1e6;
const CENTS_PER_UNIT = 100;
const HALF_CENT = 0.5;

/** The float32 daily rates of one height; 0.0 stands for an unknown rate. */
export interface FiatRate {
  eur: number;
  usd: number;
}

/** The rate of a height without one: stored as 0.0, so every converted amount is 0. */
export const UNKNOWN_RATE: FiatRate = { eur: 0, usd: 0 };

/**
 * Converts a satoshi amount at a float32 rate to a float32 fiat value rounded to cents, with
 * the pipeline's float32 steps (transformation.md section 2): 1 325 000 sat at 500 gives 6.62.
 */
export function toFiat(value: bigint, rate: number): number {
  const amount = Math.fround(Number(value));
  const cents = Math.fround(Math.fround(amount * Math.fround(rate)) / SATOSHI_RATE_PER_CENT);
  return Math.fround(Math.trunc(cents + HALF_CENT) / CENTS_PER_UNIT);
}

/** A running aggregated value: satoshi summed exactly, fiat parts summed in double. */
export interface ValueSum {
  value: bigint;
  eur: number;
  usd: number;
}

/** A sum with nothing in it. */
export function emptySum(): ValueSum {
  return { value: 0n, eur: 0, usd: 0 };
}

/** Adds an amount to a sum, converted at the rate of its own height. */
export function addConverted(sum: ValueSum, amount: bigint, rate: FiatRate): void {
  sum.value += amount;
  sum.eur += toFiat(amount, rate.eur);
  sum.usd += toFiat(amount, rate.usd);
}

/** The `value` UDT of a sum: the fiat totals rounded to float32. */
export function toValue(sum: ValueSum): Value {
  return { value: sum.value, eur: Math.fround(sum.eur), usd: Math.fround(sum.usd) };
}
