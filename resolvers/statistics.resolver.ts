import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { CURRENCY_DESCRIPTION, currencyLoaders } from './common/currency.js';
import type { GatewayContext } from './context.js';
import { Statistics, toStatistics } from './statistics.type.js';

/** The public statistics of a currency. */
@Resolver(() => Statistics)
export class StatisticsResolver {
  @Query(() => Statistics, {
    nullable: true,
    description: 'The statistics of a currency; null when its keyspace has no statistics row.',
  })
  statistics(
    @Arg('currency', { description: CURRENCY_DESCRIPTION }) currency: string,
    @Ctx() context: GatewayContext,
  ): Promise<Statistics | null> {
    return statisticsOf(context, currency);
  }
}

/** The statistics of a currency code (validated here), or null without a statistics row. */
export async function statisticsOf(
  context: GatewayContext,
  currency: string,
): Promise<Statistics | null> {
  const loaders = await currencyLoaders(context, currency);
  const row = await context.loaders.statistics.load(loaders.code);
  return row === null ? null : toStatistics(loaders.code, row);
}
