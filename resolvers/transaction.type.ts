import { Field, Int, ObjectType } from 'type-graphql';
import type { RawInputOutput, RawTransaction, TxIdTime } from '../src/derive/types.js';
import { Amount } from './common/amount.type.js';
import { Connection } from './common/connection.type.js';

/** One input or output of a transaction. */
@ObjectType({ description: 'One input or output of a transaction.' })
export class TransactionEntry {
  @Field(() => [String], {
    description:
      'Its addresses: one for most entries, several for a bare multisig, none for an entry ' +
      'without an address (non-standard or OP_RETURN).',
  })
  addresses!: string[];

  @Field(() => Amount, { description: "Its value, in fiat at the transaction's height." })
  value!: Amount;

  @Field(() => Int, { nullable: true, description: 'The script type code of the exporter.' })
  addressType!: number | null;
}

@ObjectType({ description: 'A page of the inputs or outputs of a transaction, in their order.' })
export class TransactionEntryConnection extends Connection(TransactionEntry, 'entries') {}

/** What names a transaction: hash, height and time; a base class, not a schema type. */
@ObjectType()
abstract class TransactionIdentity {
  @Field({ description: 'The transaction hash: 64 lower-case hex characters.' })
  hash!: string;

  @Field(() => Int, { description: 'The height of its block.' })
  height!: number;

  @Field(() => Int, { description: 'The time of its block, in Unix seconds.' })
  timestamp!: number;
}

/** A transaction, from the raw keyspace. */
@ObjectType({ description: 'A transaction, with its inputs and outputs.' })
export class Transaction extends TransactionIdentity {
  @Field({ description: 'The currency code, in lower case.' })
  currency!: string;

  @Field({ description: 'Whether it is the coinbase transaction of its block (no inputs).' })
  coinbase!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the exporter flagged it as a CoinJoin; null when it did not decide.',
  })
  coinjoin!: boolean | null;

  /** The stored row, for the fields resolved from it. */
  raw!: RawTransaction;
}

/** A transaction named by hash, height and time, as addresses and entities store it. */
@ObjectType({ description: 'A transaction named by its hash, height and time.' })
export class TransactionReference extends TransactionIdentity {
  /** Lower-case currency code, for the transaction itself. */
  currency!: string;
}

/** The schema's transaction of a stored row. */
export function toTransaction(currency: string, raw: RawTransaction): Transaction {
  return {
    currency,
    hash: raw.txHash,
    height: raw.height,
    timestamp: raw.timestamp,
    coinbase: raw.coinbase,
    coinjoin: raw.coinjoin,
    raw,
  };
}

/** The schema's reference of a stored `tx_id_time`. */
export function toReference(currency: string, stored: TxIdTime): TransactionReference {
  return { currency, hash: stored.txHash, height: stored.height, timestamp: stored.timestamp };
}

/** The entries of a stored input or output list; a null list is an empty one. */
export function entriesOf(list: RawInputOutput[] | null): RawInputOutput[] {
  return list ?? [];
}
