import 'reflect-metadata';
import { graphql } from 'graphql';
import { Arg, buildSchema, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { expect, it } from 'vitest';

@ObjectType()
class Thing {
  @Field()
  name!: string;
}

@Resolver()
class ThingResolver {
  @Query(() => Thing)
  thing(@Arg('name') name: string): Thing {
    return { name };
  }
}

it('builds a schema from decorators', async () => {
  const schema = await buildSchema({ resolvers: [ThingResolver] });
  const result = await graphql({ schema, source: '{ thing(name: "x") { name } }' });
  expect(result.data).toEqual({ thing: { name: 'x' } });
});
