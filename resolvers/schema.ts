import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AddressResolver } from './address.resolver.js';
import { AuthResolver } from './auth.resolver.js';
import { authChecker } from './auth-checker.js';
import { BlockResolver, BlockTransactionResolver } from './block.resolver.js';
import { CurrencyResolver } from './currency.resolver.js';
import { EntityResolver } from './entity.resolver.js';
import { RatesResolver } from './rates.resolver.js';
import { StatisticsResolver } from './statistics.resolver.js';
import { TaxonomyResolver } from './taxonomy.resolver.js';
import { TransactionReferenceResolver, TransactionResolver } from './transaction.resolver.js';

/** Every resolver of the gateway. */
export const RESOLVERS = [
  AddressResolver,
  AuthResolver,
  BlockResolver,
  BlockTransactionResolver,
  CurrencyResolver,
  EntityResolver,
  RatesResolver,
  StatisticsResolver,
  TaxonomyResolver,
  TransactionReferenceResolver,
  TransactionResolver,
] as const;

const QUERY_DESCRIPTION =
  'The entry points: currencies and their statistics (public), blocks, transactions, ' +
  'addresses, entities, rates, taxonomies and the current user. Every field but ' +
  '`currencies` and `statistics` needs a login token (the `login` mutation): without a ' +
  'valid one it is null with an UNAUTHENTICATED error whose `reason` says why.';
const MUTATION_DESCRIPTION = 'Login, logout and token refresh.';

let built: Promise<GraphQLSchema> | null = null;

/**
 * The gateway's schema, built once per process: type-graphql keeps its metadata globally,
 * and one schema object serves every server of the process.
 *
 * Protection is per root field: each one but the public ones (`currencies`, `statistics`,
 * `login`) is `@Authorized()`, and every other type is reached only through those fields.
 */
export function buildGatewaySchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: RESOLVERS, authChecker, validate: false }).then(describeRoot);
  return built;
}

// type-graphql has no option for the descriptions of the root types.
function describeRoot(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (query !== null && query !== undefined) query.description = QUERY_DESCRIPTION;
  const mutation = schema.getMutationType();
  if (mutation !== null && mutation !== undefined) mutation.description = MUTATION_DESCRIPTION;
  return schema;
}

/** The schema in SDL, types and fields sorted, as `schema.graphql` holds it. */
export async function printGatewaySchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildGatewaySchema()))}\n`;
}
