import { Field, Int, ObjectType } from 'type-graphql';
import type { SummaryStatisticsRow } from '../src/derive/types.js';
import { Int64 } from './common/int64.scalar.js';

/** The size of a currency's dataset, from the latest import's statistics. */
@ObjectType({
  description: "The size of a currency's dataset, from the latest import's statistics row.",
})
export class Statistics {
  @Field({ description: 'The currency code, in lower case.' })
  currency!: string;

  @Field(() => Int64, { description: 'Number of blocks.' })
  blockCount!: bigint;

  @Field(() => Int64, { description: 'Number of transactions.' })
  transactionCount!: bigint;

  @Field(() => Int64, { description: 'Number of addresses that received something.' })
  addressCount!: bigint;

  @Field(() => Int64, { description: 'Number of address relations (source, destination pairs).' })
  addressRelationCount!: bigint;

  @Field(() => Int64, { description: 'Number of entities (address clusters).' })
  entityCount!: bigint;

  @Field(() => Int64, { description: 'Number of distinct tag labels, ignoring case.' })
  tagCount!: bigint;

  @Field(() => Int, { description: 'Time of the last block, in Unix seconds.' })
  timestamp!: number;
}

/** The schema's statistics of a stored row. */
export function toStatistics(currency: string, row: SummaryStatisticsRow): Statistics {
  return {
    currency,
    blockCount: row.noBlocks,
    transactionCount: row.noTransactions,
    addressCount: row.noAddresses,
    addressRelationCount: row.noAddressRelations,
    entityCount: row.noClusters,
    tagCount: row.noTags,
    timestamp: row.timestamp,
  };
}
