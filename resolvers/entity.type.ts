import { Field, Int, ObjectType } from 'type-graphql';
import type { ClusterRow } from '../src/derive/types.js';
import { NodeStatisticsFields, toNodeStatistics } from './node-statistics.type.js';

/** An entity: the addresses that the multiple-input heuristic joined. */
@ObjectType({
  description:
    'An entity: the addresses that the multiple-input heuristic joined, or a single address.',
})
export class Entity extends NodeStatisticsFields {
  @Field(() => Int, { description: 'Its id: the id of one of its addresses.' })
  id!: number;

  @Field(() => Int, { description: 'Number of its addresses that received something.' })
  addressCount!: number;
}

/** The schema's entity of a stored cluster row. */
export function toEntity(currency: string, row: ClusterRow): Entity {
  return { ...toNodeStatistics(currency, row), id: row.cluster, addressCount: row.noAddresses };
}
