import { Field, Int, ObjectType } from 'type-graphql';
import type { RawBlock } from '../src/derive/types.js';
import { Amount } from './common/amount.type.js';
import { Connection } from './common/connection.type.js';

/** A transaction as its block lists it. */
@ObjectType({ description: 'A transaction as its block lists it, with its totals.' })
export class BlockTransaction {
  @Field({ description: 'The transaction hash: 64 lower-case hex characters.' })
  hash!: string;

  @Field(() => Int, { description: 'Number of inputs.' })
  inputCount!: number;

  @Field(() => Int, { description: 'Number of outputs.' })
  outputCount!: number;

  @Field(() => Amount, { description: "The sum of its inputs, in fiat at the block's height." })
  totalInput!: Amount;

  @Field(() => Amount, { description: "The sum of its outputs, in fiat at the block's height." })
  totalOutput!: Amount;

  /** Lower-case currency code, for the transaction itself. */
  currency!: string;
}

@ObjectType({ description: "A page of a block's transactions, in block order." })
export class BlockTransactionConnection extends Connection(BlockTransaction, 'transactions') {}

/** A block, from the raw keyspace. */
@ObjectType({ description: 'A block of the chain.' })
export class Block {
  @Field({ description: 'The currency code, in lower case.' })
  currency!: string;

  @Field(() => Int, { description: 'Its height.' })
  height!: number;

  @Field({ description: 'The block hash: 64 lower-case hex characters.' })
  hash!: string;

  @Field(() => Int, { description: 'Its time, in Unix seconds.' })
  timestamp!: number;

  @Field(() => Int, { description: 'Number of its transactions.' })
  transactionCount!: number;
}

/** The schema's block of a stored row. */
export function toBlock(currency: string, row: RawBlock): Block {
  return {
    currency,
    height: row.height,
    hash: row.blockHash,
    timestamp: row.timestamp,
    transactionCount: row.noTransactions,
  };
}
