import DataLoader from 'dataloader';
import type { RawTransaction } from '../src/derive/types.js';
import type { CurrencySource } from './currency-source.js';

/** Transactions by hash: 64 lower-case hex characters without `0x`. */
export function transactionLoader(source: CurrencySource) {
  return new DataLoader<string, RawTransaction | null>((hashes) =>
    source.transactions.byHashes(hashes),
  );
}
