import type { RawTransaction } from '../derive/types.js';
import { TableReader } from './base.repository.js';
import type { Executor } from './client.js';
import { RAW_KEYSPACE } from './schema.js';

/** `tx_prefix`: the first characters of the lower-case hex hash. */
export const TX_PREFIX_LENGTH = 5;

const KEY_COLUMNS = { partition: 'tx_prefix', clustering: 'tx_hash' };

/** Transactions of the raw keyspace, by hash. */
export class TransactionRepository {
  private readonly reader: TableReader<RawTransaction>;

  constructor(executor: Executor, keyspace: string) {
    this.reader = new TableReader(executor, RAW_KEYSPACE, keyspace, 'transaction');
  }

  /** The transaction of each hash (64 lower-case hex characters), or null. */
  byHashes(hashes: readonly string[]): Promise<(RawTransaction | null)[]> {
    return this.reader.findByKey(hashes, KEY_COLUMNS, (hash) => ({
      partition: hash.slice(0, TX_PREFIX_LENGTH),
      clustering: hash,
    }));
  }
}
