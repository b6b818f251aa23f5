import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';

/** A login token and when it stops being accepted. */
@ObjectType({ description: 'A login token and its expiry.' })
export class AuthToken {
  @Field({
    description:
      'The token, to send as `Authorization: Bearer <token>`; the answer also sets it as the ' +
      '`Authorization` cookie.',
  })
  token!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the token stops being accepted.' })
  expiresAt!: Date;
}
