import DataLoader from 'dataloader';
import type { ExchangeRateRow } from '../src/derive/types.js';
import type { CurrencySource } from './currency-source.js';

/** The stored rates of each height, or null where the table has no row. */
export function ratesLoader(source: CurrencySource) {
  return new DataLoader<number, ExchangeRateRow | null>((heights) =>
    source.rates.byHeights(heights),
  );
}
