import { Field, Int, ObjectType } from 'type-graphql';
import type { NodeStatistics } from '../src/derive/types.js';
import { storedAmount } from './common/amount.js';
import { Amount } from './common/amount.type.js';
import { TransactionReference, toReference } from './transaction.type.js';

const STORED_FIAT =
  'Fiat values are as the pipeline stored them: each transaction converted at its own ' +
  "day's rate, rounded to cents; a day without a rate counted as 0.00, which the gateway " +
  'cannot tell apart.';

/** The statistics that addresses and entities share; a base class, not a schema type. */
@ObjectType()
export abstract class NodeStatisticsFields {
  @Field({ description: 'The currency code, in lower case.' })
  currency!: string;

  @Field(() => Amount, { description: `Everything it received. ${STORED_FIAT}` })
  totalReceived!: Amount;

  @Field(() => Amount, { description: `Everything it spent. ${STORED_FIAT}` })
  totalSpent!: Amount;

  @Field(() => TransactionReference, { description: 'Its first transaction.' })
  firstTransaction!: TransactionReference;

  @Field(() => TransactionReference, { description: 'Its last transaction.' })
  lastTransaction!: TransactionReference;

  @Field(() => Int, { description: 'Number of transactions in which it received (net).' })
  incomingTransactionCount!: number;

  @Field(() => Int, { description: 'Number of transactions in which it spent (net).' })
  outgoingTransactionCount!: number;

  @Field(() => Int, { description: 'Number of distinct neighbors that sent to it.' })
  inDegree!: number;

  @Field(() => Int, { description: 'Number of distinct neighbors it sent to.' })
  outDegree!: number;
}

/** The shared fields of a stored address or cluster row. */
export function toNodeStatistics(currency: string, row: NodeStatistics): NodeStatisticsFields {
  return {
    currency,
    totalReceived: storedAmount(row.totalReceived),
    totalSpent: storedAmount(row.totalSpent),
    firstTransaction: toReference(currency, row.firstTx),
    lastTransaction: toReference(currency, row.lastTx),
    incomingTransactionCount: row.noIncomingTxs,
    outgoingTransactionCount: row.noOutgoingTxs,
    inDegree: row.inDegree,
    outDegree: row.outDegree,
  };
}

/** The description of every `balance` field. */
export const BALANCE_DESCRIPTION =
  'Received minus spent, in fiat at the current rates (those of the last block); fiat values ' +
  'are null when those rates are unknown.';
