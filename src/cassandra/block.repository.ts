import type { RawBlock, RawBlockTransactions } from '../derive/types.js';
import { TableReader } from './base.repository.js';
import type { Executor } from './client.js';
import { RAW_KEYSPACE } from './schema.js';

/** Blocks and their transaction summaries, from the raw keyspace. */
export class BlockRepository {
  private readonly blocks: TableReader<RawBlock>;
  private readonly transactions: TableReader<RawBlockTransactions>;

  constructor(executor: Executor, keyspace: string) {
    this.blocks = new TableReader(executor, RAW_KEYSPACE, keyspace, 'block');
    this.transactions = new TableReader(executor, RAW_KEYSPACE, keyspace, 'block_transactions');
  }

  /** The block at each height, or null. */
  byHeights(heights: readonly number[]): Promise<(RawBlock | null)[]> {
    return this.blocks.findEach('height', heights);
  }

  /** The transaction summaries of the block at each height, or null. */
  transactionsByHeights(heights: readonly number[]): Promise<(RawBlockTransactions | null)[]> {
    return this.transactions.findEach('height', heights);
  }
}
