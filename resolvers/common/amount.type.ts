import { Field, Float, ObjectType } from 'type-graphql';
import { Int64 } from './int64.scalar.js';

/** An amount of the currency with its value in euro and US dollar. */
@ObjectType({
  description:
    'An amount of the currency in its smallest unit, with its value in EUR and USD rounded ' +
    'to cents. Which rates apply is said by the field that returns it.',
})
export class Amount {
  @Field(() => Int64, { description: 'The amount in the smallest unit (satoshi).' })
  value!: bigint;

  @Field(() => Float, { nullable: true, description: 'Value in euro; null when unknown.' })
  eur!: number | null;

  @Field(() => Float, { nullable: true, description: 'Value in US dollar; null when unknown.' })
  usd!: number | null;
}
