import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AddressResolver } from './address.resolver.js';
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
  'addresses, entities, rates and taxonomies.';

let built: Promise<GraphQLSchema> | null = null;

/**
 * The gateway's schema, built once per process: type-graphql keeps its metadata globally,
 * and one schema object serves every server of the process.
 */
export function buildGatewaySchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: RESOLVERS, validate: false }).then(describeRoot);
  return built;
}

// type-graphql has no option for the description of the root type.
function describeRoot(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (query !== null && query !== undefined) query.description = QUERY_DESCRIPTION;
  return schema;
}

/** The schema in SDL, types and fields sorted, as `schema.graphql` holds it. */
export async function printGatewaySchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildGatewaySchema()))}\n`;
}
