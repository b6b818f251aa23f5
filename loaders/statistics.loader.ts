import DataLoader from 'dataloader';
import type { ExchangeRateRow, SummaryStatisticsRow } from '../src/derive/types.js';
import type { CurrencySource } from './currency-source.js';

/** Finds the source of a configured currency code. */
export type SourceOf = (code: string) => CurrencySource;

/** The latest statistics row of each currency, through the process-wide cache. */
export function statisticsLoader(sourceOf: SourceOf) {
  return new DataLoader<string, SummaryStatisticsRow | null>((codes) =>
    Promise.all(codes.map((code) => sourceOf(code).statistics())),
  );
}

/** The current rates of each currency, through the process-wide cache. */
export function currentRatesLoader(sourceOf: SourceOf) {
  return new DataLoader<string, ExchangeRateRow | null>((codes) =>
    Promise.all(codes.map((code) => sourceOf(code).currentRates())),
  );
}
