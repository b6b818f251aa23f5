import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ExchangeRateRow, RawInputOutput } from '../src/derive/types.js';
import { amountAt } from './common/amount.js';
import { Amount } from './common/amount.type.js';
import { CURRENCY_DESCRIPTION, currencyLoaders } from './common/currency.js';
import { parseHash } from './common/identifiers.js';
import { PageArgs } from './common/page.args.js';
import { connectionOfList, pageSize } from './common/paging.js';
import { ratesAt } from './common/rates.js';
import type { GatewayContext } from './context.js';
import {
  entriesOf,
  Transaction,
  type TransactionEntry,
  TransactionEntryConnection,
  TransactionReference,
  toTransaction,
} from './transaction.type.js';

/** Transactions by hash, their entries and totals in fiat at their height. */
@Resolver(() => Transaction)
export class TransactionResolver {
  @Authorized()
  @Query(() => Transaction, {
    nullable: true,
    description: 'A transaction by hash; null when there is none.',
  })
  async transaction(
    @Arg('currency', { description: CURRENCY_DESCRIPTION }) currency: string,
    @Arg('hash', { description: '64 hex characters in either case, optionally after 0x.' })
    hash: string,
    @Ctx() context: GatewayContext,
  ): Promise<Transaction | null> {
    const txHash = parseHash(hash);
    const loaders = await currencyLoaders(context, currency);
    const raw = await loaders.transactions.load(txHash);
    return raw === null ? null : toTransaction(loaders.code, raw);
  }

  @FieldResolver(() => TransactionEntryConnection, {
    description: 'Its inputs in order; none for a coinbase transaction.',
  })
  async inputs(
    @Root() transaction: Transaction,
    @Args(() => PageArgs) { first }: PageArgs,
    @Ctx() context: GatewayContext,
  ): Promise<TransactionEntryConnection> {
    return entryConnection(context, transaction, transaction.raw.inputs, first);
  }

  @FieldResolver(() => TransactionEntryConnection, { description: 'Its outputs in order.' })
  async outputs(
    @Root() transaction: Transaction,
    @Args(() => PageArgs) { first }: PageArgs,
    @Ctx() context: GatewayContext,
  ): Promise<TransactionEntryConnection> {
    return entryConnection(context, transaction, transaction.raw.outputs, first);
  }

  @FieldResolver(() => Amount, { description: 'The sum of its inputs, in fiat at its height.' })
  async totalInput(@Root() transaction: Transaction, @Ctx() context: GatewayContext) {
    const rates = await ratesAt(context, transaction.currency, transaction.height);
    return amountAt(transaction.raw.totalInput, rates);
  }

  @FieldResolver(() => Amount, { description: 'The sum of its outputs, in fiat at its height.' })
  async totalOutput(@Root() transaction: Transaction, @Ctx() context: GatewayContext) {
    const rates = await ratesAt(context, transaction.currency, transaction.height);
    return amountAt(transaction.raw.totalOutput, rates);
  }
}

/** The full transaction behind a reference. */
@Resolver(() => TransactionReference)
export class TransactionReferenceResolver {
  @FieldResolver(() => Transaction, {
    nullable: true,
    description: 'The transaction itself; null if the raw keyspace lacks it.',
  })
  async transaction(@Root() reference: TransactionReference, @Ctx() context: GatewayContext) {
    const raw = await context.loaders
      .currency(reference.currency)
      .transactions.load(reference.hash);
    return raw === null ? null : toTransaction(reference.currency, raw);
  }
}

async function entryConnection(
  context: GatewayContext,
  transaction: Transaction,
  list: RawInputOutput[] | null,
  first: number | null | undefined,
): Promise<TransactionEntryConnection> {
  const size = pageSize(first, context.limits);
  const rates = await ratesAt(context, transaction.currency, transaction.height);
  return connectionOfList(entriesOf(list), size, (entry) => toEntry(entry, rates));
}

function toEntry(entry: RawInputOutput, rates: ExchangeRateRow | null): TransactionEntry {
  return {
    addresses: entry.address ?? [],
    value: amountAt(entry.value, rates),
    addressType: entry.addressType,
  };
}
