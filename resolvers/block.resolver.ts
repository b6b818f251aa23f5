import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { ExchangeRateRow, TxSummary } from '../src/derive/types.js';
import { Block, BlockTransaction, BlockTransactionConnection, toBlock } from './block.type.js';
import { amountAt } from './common/amount.js';
import { CURRENCY_DESCRIPTION, currencyLoaders } from './common/currency.js';
import { parseNonNegative } from './common/identifiers.js';
import { PageArgs } from './common/page.args.js';
import { connectionOfList, pageSize } from './common/paging.js';
import { ratesAt } from './common/rates.js';
import type { GatewayContext } from './context.js';
import { Transaction, toTransaction } from './transaction.type.js';

/** Blocks by height and their transactions. */
@Resolver(() => Block)
export class BlockResolver {
  @Authorized()
  @Query(() => Block, {
    nullable: true,
    description: 'A block by height; null when there is none.',
  })
  async block(
    @Arg('currency', { description: CURRENCY_DESCRIPTION }) currency: string,
    @Arg('height', () => Int, { description: 'The block height, 0 or more.' }) height: number,
    @Ctx() context: GatewayContext,
  ): Promise<Block | null> {
    parseNonNegative(height, 'height');
    const loaders = await currencyLoaders(context, currency);
    const row = await loaders.blocks.byHeight.load(height);
    return row === null ? null : toBlock(loaders.code, row);
  }

  @FieldResolver(() => BlockTransactionConnection, {
    description: "Its transactions in block order, with totals in fiat at the block's height.",
  })
  async transactions(
    @Root() block: Block,
    @Args(() => PageArgs) { first }: PageArgs,
    @Ctx() context: GatewayContext,
  ): Promise<BlockTransactionConnection> {
    const size = pageSize(first, context.limits);
    const loaders = context.loaders.currency(block.currency);
    const [summaries, rates] = await Promise.all([
      loaders.blocks.transactions.load(block.height),
      ratesAt(context, block.currency, block.height),
    ]);
    const shape = (summary: TxSummary) => toBlockTransaction(block.currency, summary, rates);
    return connectionOfList(summaries ?? [], size, shape);
  }
}

/** The full transaction behind a block's listing. */
@Resolver(() => BlockTransaction)
export class BlockTransactionResolver {
  @FieldResolver(() => Transaction, {
    nullable: true,
    description: 'The transaction itself, with its inputs and outputs.',
  })
  async transaction(@Root() listed: BlockTransaction, @Ctx() context: GatewayContext) {
    const raw = await context.loaders.currency(listed.currency).transactions.load(listed.hash);
    return raw === null ? null : toTransaction(listed.currency, raw);
  }
}

function toBlockTransaction(
  currency: string,
  summary: TxSummary,
  rates: ExchangeRateRow | null,
): BlockTransaction {
  return {
    currency,
    hash: summary.txHash,
    inputCount: summary.noInputs,
    outputCount: summary.noOutputs,
    totalInput: amountAt(summary.totalInput, rates),
    totalOutput: amountAt(summary.totalOutput, rates),
  };
}
