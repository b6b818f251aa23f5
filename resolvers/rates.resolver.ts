import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { CURRENCY_DESCRIPTION, currencyLoaders } from './common/currency.js';
import { parseNonNegative } from './common/identifiers.js';
import type { GatewayContext } from './context.js';
import { Rates, toRates } from './rates.type.js';

/** Exchange rates by height. */
@Resolver(() => Rates)
export class RatesResolver {
  @Authorized()
  @Query(() => Rates, {
    nullable: true,
    description: 'The eur and usd rates at a block height; null for a height without rates.',
  })
  async rates(
    @Arg('currency', { description: CURRENCY_DESCRIPTION }) currency: string,
    @Arg('height', () => Int, { description: 'A block height, 0 or more.' }) height: number,
    @Ctx() context: GatewayContext,
  ): Promise<Rates | null> {
    parseNonNegative(height, 'height');
    const loaders = await currencyLoaders(context, currency);
    const row = await loaders.rates.load(height);
    return row === null ? null : toRates(row);
  }
}
