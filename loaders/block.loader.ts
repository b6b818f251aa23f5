import DataLoader from 'dataloader';
import type { RawBlock, TxSummary } from '../src/derive/types.js';
import type { CurrencySource } from './currency-source.js';

/** Blocks by height, and the transaction summaries of each block. */
export function blockLoaders(source: CurrencySource) {
  return {
    byHeight: new DataLoader<number, RawBlock | null>((heights) =>
      source.blocks.byHeights(heights),
    ),
    transactions: new DataLoader<number, TxSummary[] | null>(async (heights) => {
      const rows = await source.blocks.transactionsByHeights(heights);
      return rows.map((row) => (row === null ? null : (row.txs ?? [])));
    }),
  };
}

export type BlockLoaders = ReturnType<typeof blockLoaders>;
