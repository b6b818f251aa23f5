import { Field, ObjectType } from 'type-graphql';

/** A configured currency and whether its data can be read. */
@ObjectType({ description: 'A configured currency and whether its keyspaces exist.' })
export class Currency {
  @Field({ description: 'The currency code, in lower case, as the other queries take it.' })
  code!: string;

  @Field({ description: 'Whether its raw and transformed keyspaces exist.' })
  available!: boolean;

  @Field(() => [String], {
    description:
      'The configured keyspaces of the currency that do not exist; empty when available.',
  })
  missingKeyspaces!: string[];
}
