import type { ExchangeRateRow, Value } from '../../src/derive/types.js';
import type { Amount } from './amount.type.js';
import { fiatValue, roundToCents } from './fiat.js';

/** An amount converted at a height's rates; fiat values are null where a rate is unknown. */
export function amountAt(value: bigint, rates: ExchangeRateRow | null): Amount {
  return { value, eur: fiatValue(value, rates?.eur), usd: fiatValue(value, rates?.usd) };
}

/** A stored `value` UDT: fiat values as the pipeline computed them, rounded to cents. */
export function storedAmount(stored: Value): Amount {
  return { value: stored.value, eur: roundToCents(stored.eur), usd: roundToCents(stored.usd) };
}
