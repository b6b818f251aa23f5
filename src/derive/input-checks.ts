import { InputError, InputFault } from './errors.js';
import type { RawBlock, RawExchangeRate, RawTransaction } from './types.js';

/** A record with the file and the 1-based line it was read from. */
export interface Located<T> {
  record: T;
  file: string;
  line: number;
}

/** The tables whose records must agree with each other, as read. */
export interface LocatedChain {
  blocks: Located<RawBlock>[];
  transactions: Located<RawTransaction>[];
  exchangeRates: Located<RawExchangeRate>[];
}

/**
 * Checks what no single record shows: each block height, transaction hash, transaction index
 * and rate date occurs once, and every transaction's height has a block. Totals that
 * disagree with the entries are the exporter's and pass.
 *
 * @throws InputError at the later of two records with one key, or at the orphan transaction.
 */
export function checkChain(chain: LocatedChain): void {
  checkUnique(chain.blocks, (block) => block.height, 'block height');
  checkUnique(chain.transactions, (tx) => tx.txHash, 'tx_hash');
  checkUnique(chain.transactions, (tx) => tx.txIndex, 'tx_index');
  checkUnique(chain.exchangeRates, (rate) => rate.date, 'rate date');
  checkBlocksOfTransactions(chain.transactions, chain.blocks);
}

function checkUnique<T>(
  rows: Located<T>[],
  keyOf: (record: T) => string | number | bigint,
  name: string,
): void {
  const firstLines = new Map<string | number | bigint, number>();
  for (const row of rows) {
    const key = keyOf(row.record);
    const firstLine = firstLines.get(key);
    if (firstLine !== undefined) {
      const reason = `${name} ${key} repeats line ${firstLine}`;
      throw new InputError(row.file, row.line, reason, InputFault.DUPLICATE);
    }
    firstLines.set(key, row.line);
  }
}

function checkBlocksOfTransactions(
  transactions: Located<RawTransaction>[],
  blocks: Located<RawBlock>[],
): void {
  const heights = new Set(blocks.map((block) => block.record.height));
  const orphan = transactions.find((tx) => !heights.has(tx.record.height));
  if (orphan !== undefined) {
    const reason = `no block of height ${orphan.record.height} for this transaction`;
    throw new InputError(orphan.file, orphan.line, reason, InputFault.INCONSISTENT);
  }
}
