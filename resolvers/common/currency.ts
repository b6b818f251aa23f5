import type { CurrencyLoaders } from '../../loaders/request-loaders.js';
import { BadUserInput, ServiceUnavailable } from '../../src/errors/index.js';
import type { GatewayContext } from '../context.js';

/** The description of every `currency` argument. */
export const CURRENCY_DESCRIPTION =
  'A configured currency code such as "btc", in any case; see `currencies`.';

/**
 * The loaders of a configured currency whose keyspaces exist. An unknown code is
 * BAD_USER_INPUT; a currency whose keyspace is missing is SERVICE_UNAVAILABLE naming it.
 */
export async function currencyLoaders(
  context: GatewayContext,
  currency: string,
): Promise<CurrencyLoaders> {
  const code = currency.toLowerCase();
  const source = context.sources.currency(code);
  if (source === undefined) {
    const known = context.sources.currencyCodes().join(', ');
    throw new BadUserInput(`unknown currency "${currency}"; configured: ${known}`, 'currency');
  }

  const { raw, transformed } = source.keyspaces;
  const [missing] = await context.sources.catalog.missing([raw, transformed]);
  if (missing !== undefined) {
    const message = `currency ${code} is unavailable: keyspace ${missing} does not exist`;
    throw new ServiceUnavailable(message, { keyspace: missing });
  }
  return context.loaders.currency(code);
}

/** The tagpacks keyspace must exist for taxonomies. */
export async function requireTagpacks(context: GatewayContext): Promise<void> {
  const keyspace = context.sources.mapping.tagpacks;
  if ((await context.sources.catalog.missing([keyspace])).length > 0) {
    throw new ServiceUnavailable(`keyspace ${keyspace} (tagpacks) does not exist`, { keyspace });
  }
}
