import { Field, Int, ObjectType } from 'type-graphql';
import type { AddressRow } from '../src/derive/types.js';
import { NodeStatisticsFields, toNodeStatistics } from './node-statistics.type.js';

/** An address that has received something, with its statistics. */
@ObjectType({ description: 'An address that has received something, with its statistics.' })
export class Address extends NodeStatisticsFields {
  @Field({ description: 'The address, as stored (bech32 addresses in lower case).' })
  address!: string;

  @Field(() => Int, { description: 'Its id in this dataset (ids follow first receipt).' })
  id!: number;
}

/** The schema's address of a stored row. */
export function toAddress(currency: string, row: AddressRow): Address {
  return { ...toNodeStatistics(currency, row), address: row.address, id: row.addressId };
}
