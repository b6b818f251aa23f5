import type { SummaryStatisticsRow } from '../derive/types.js';
import { TableReader } from './base.repository.js';
import type { Executor } from './client.js';
import { TRANSFORMED_KEYSPACE } from './schema.js';

/**
 * The transformed `summary_statistics` holds a row per import, keyed by `no_blocks`; a
 * handful at most. Reading this many covers any real history.
 */
const STATISTICS_ROWS_LIMIT = 1_000;

/** The statistics of a transformed keyspace. */
export class StatisticsRepository {
  private readonly reader: TableReader<SummaryStatisticsRow>;

  constructor(executor: Executor, keyspace: string) {
    this.reader = new TableReader(executor, TRANSFORMED_KEYSPACE, keyspace, 'summary_statistics');
  }

  /** The row with the highest `no_blocks` (the latest import), or null when there is none. */
  async latest(): Promise<SummaryStatisticsRow | null> {
    const rows = await this.reader.select([], STATISTICS_ROWS_LIMIT);
    let latest: SummaryStatisticsRow | null = null;
    for (const row of rows) {
      if (latest === null || row.noBlocks > latest.noBlocks) latest = row;
    }
    return latest;
  }
}
