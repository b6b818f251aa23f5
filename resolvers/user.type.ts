import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';

/** An account of the gateway, as its owner sees it: never its password. */
@ObjectType({ description: 'An account that may log in.' })
export class User {
  @Field({ description: 'The username, as it logs in.' })
  username!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the account was added.' })
  createdAt!: Date;
}
