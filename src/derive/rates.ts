import { type FiatRate, UNKNOWN_RATE } from './fiat.js';
import type { ExchangeRateRow, RawBlock, RawExchangeRate } from './types.js';

const MILLISECONDS_PER_SECOND = 1000;
const ISO_DATE_LENGTH = 'YYYY-MM-DD'.length;

/** The daily rates looked up by block height, and by day for heights without a block. */
export interface HeightRates {
  byHeight: Map<number, FiatRate>;
  byDay: Map<string, FiatRate>;
}

/** The UTC calendar day of a Unix timestamp, `YYYY-MM-DD`. */
export function utcDay(timestamp: number): string {
  return new Date(timestamp * MILLISECONDS_PER_SECOND).toISOString().slice(0, ISO_DATE_LENGTH);
}

/** Every block's rate: the raw daily rate of its UTC day, unknown (0.0) when there is none. */
export function heightRates(blocks: RawBlock[], exchangeRates: RawExchangeRate[]): HeightRates {
  const byDay = new Map<string, FiatRate>();
  for (const rate of exchangeRates) {
    byDay.set(rate.date, { eur: Math.fround(rate.eur), usd: Math.fround(rate.usd) });
  }
  const byHeight = new Map<number, FiatRate>();
  for (const block of blocks) {
    byHeight.set(block.height, byDay.get(utcDay(block.timestamp)) ?? UNKNOWN_RATE);
  }
  return { byHeight, byDay };
}

/** The rate of a transaction's height, or of its own day when its block is not in the input. */
export function rateAt(rates: HeightRates, height: number, timestamp: number): FiatRate {
  return rates.byHeight.get(height) ?? rates.byDay.get(utcDay(timestamp)) ?? UNKNOWN_RATE;
}

/** The transformed `exchange_rates`: one row per block height, ascending. */
export function exchangeRateRows(rates: HeightRates): ExchangeRateRow[] {
  return [...rates.byHeight]
    .sort(([a], [b]) => a - b)
    .map(([height, rate]) => ({ height, eur: rate.eur, usd: rate.usd }));
}
