import type { ExchangeRateRow } from '../../src/derive/types.js';
import type { GatewayContext } from '../context.js';

/** The stored rates of a height of a currency already validated, or null. */
export function ratesAt(
  context: GatewayContext,
  currency: string,
  height: number,
): Promise<ExchangeRateRow | null> {
  return context.loaders.currency(currency).rates.load(height);
}

/** The current rates of a currency already validated (cached across requests), or null. */
export function currentRates(
  context: GatewayContext,
  currency: string,
): Promise<ExchangeRateRow | null> {
  return context.loaders.currentRates.load(currency);
}
