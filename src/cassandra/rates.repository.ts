import type { ExchangeRateRow } from '../derive/types.js';
import { TableReader } from './base.repository.js';
import type { Executor } from './client.js';
import { TRANSFORMED_KEYSPACE } from './schema.js';

/** The transformed `exchange_rates`: the eur and usd rates of each height. */
export class RatesRepository {
  private readonly reader: TableReader<ExchangeRateRow>;

  constructor(executor: Executor, keyspace: string) {
    this.reader = new TableReader(executor, TRANSFORMED_KEYSPACE, keyspace, 'exchange_rates');
  }

  /** The row of each height, or null where there is none. */
  byHeights(heights: readonly number[]): Promise<(ExchangeRateRow | null)[]> {
    return this.reader.findEach('height', heights);
  }
}
