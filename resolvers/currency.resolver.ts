import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from './context.js';
import { Currency } from './currency.type.js';
import { statisticsOf } from './statistics.resolver.js';
import { Statistics } from './statistics.type.js';

/** The configured currencies, public like their statistics. */
@Resolver(() => Currency)
export class CurrencyResolver {
  @Query(() => [Currency], {
    description: 'The configured currencies, sorted by code, each saying whether it is available.',
  })
  currencies(@Ctx() context: GatewayContext): Promise<Currency[]> {
    const { sources } = context;
    return Promise.all(
      sources.currencyCodes().map(async (code) => {
        const source = sources.currency(code);
        const keyspaces = source === undefined ? [] : Object.values(source.keyspaces);
        const missing = await sources.catalog.missing(keyspaces);
        return { code, available: missing.length === 0, missingKeyspaces: missing };
      }),
    );
  }

  @FieldResolver(() => Statistics, {
    nullable: true,
    description: 'Its statistics: null without a statistics row, an error when unavailable.',
  })
  statistics(@Root() currency: Currency, @Ctx() context: GatewayContext) {
    return statisticsOf(context, currency.code);
  }
}
