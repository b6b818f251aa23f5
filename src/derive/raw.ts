import { sortByTxIndex } from './ids.js';
import type {
  DerivedRawRows,
  DeriveOptions,
  RawBlock,
  RawBlockTransactions,
  RawChain,
  RawSummaryStatistics,
  RawTransaction,
} from './types.js';

/**
 * The raw rows the exporter writes besides blocks and transactions: `block_transactions`
 * (per block, its transactions in `tx_index` order) and `summary_statistics` (the given row,
 * or one computed from blocks and transactions), its id set to the raw keyspace.
 */
export function deriveRaw(
  chain: RawChain,
  options: Pick<DeriveOptions, 'rawKeyspace'>,
): DerivedRawRows {
  return {
    blockTransactions: blockTransactions(chain.blocks, chain.transactions),
    summaryStatistics: rawStatistics(chain, options.rawKeyspace),
  };
}

function blockTransactions(blocks: RawBlock[], txs: RawTransaction[]): RawBlockTransactions[] {
  const byHeight = new Map<number, RawTransaction[]>();
  for (const tx of sortByTxIndex(txs)) {
    const blockTxs = byHeight.get(tx.height) ?? [];
    byHeight.set(tx.height, blockTxs);
    blockTxs.push(tx);
  }
  return sortByHeight(blocks).map(({ height }) => ({
    height,
    txs: (byHeight.get(height) ?? []).map((tx) => ({
      txHash: tx.txHash,
      noInputs: tx.inputs.length,
      noOutputs: tx.outputs.length,
      totalInput: tx.totalInput,
      totalOutput: tx.totalOutput,
    })),
  }));
}

/** The given raw statistics with the keyspace as id, or statistics computed from the chain. */
export function rawStatistics(chain: RawChain, rawKeyspace: string): RawSummaryStatistics {
  if (chain.summaryStatistics !== null) return { ...chain.summaryStatistics, id: rawKeyspace };
  const lastBlock = sortByHeight(chain.blocks).at(-1);
  return {
    id: rawKeyspace,
    noBlocks: chain.blocks.length,
    noTxs: BigInt(chain.transactions.length),
    timestamp: lastBlock?.timestamp ?? 0,
  };
}

/** Blocks in ascending height. */
export function sortByHeight(blocks: RawBlock[]): RawBlock[] {
  return [...blocks].sort((a, b) => a.height - b.height);
}
