import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { ExchangeRateRow } from '../src/derive/types.js';
import { knownRate, roundToCents } from './common/fiat.js';

/** The exchange rates of one block height. */
@ObjectType({ description: 'The exchange rates at one block height: the day of that block.' })
export class Rates {
  @Field(() => Int, { description: 'The block height.' })
  height!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Euro per coin, rounded to cents; null when the day had no rate.',
  })
  eur!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'US dollar per coin, rounded to cents; null when the day had no rate.',
  })
  usd!: number | null;
}

/** The schema's rates of a stored row: a stored 0.0 is a day without a rate. */
export function toRates(row: ExchangeRateRow): Rates {
  return { height: row.height, eur: cents(row.eur), usd: cents(row.usd) };
}

function cents(rate: number): number | null {
  const known = knownRate(rate);
  return known === null ? null : roundToCents(known);
}
