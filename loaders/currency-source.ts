import { AddressRepository } from '../src/cassandra/address.repository.js';
import { BlockRepository } from '../src/cassandra/block.repository.js';
import type { Executor } from '../src/cassandra/client.js';
import { EntityRepository } from '../src/cassandra/entity.repository.js';
import { RatesRepository } from '../src/cassandra/rates.repository.js';
import { StatisticsRepository } from '../src/cassandra/statistics.repository.js';
import { TagRepository } from '../src/cassandra/tag.repository.js';
import { TransactionRepository } from '../src/cassandra/transaction.repository.js';
import type { CurrencyKeyspaces } from '../src/config/index.js';
import type { ExchangeRateRow, SummaryStatisticsRow } from '../src/derive/types.js';
import { TtlCache } from './ttl-cache.js';

/**
 * Everything the process keeps for one currency: its repositories (stateless) and the two
 * values cached across requests, the latest statistics row and the current rates.
 */
export class CurrencySource {
  readonly addresses: AddressRepository;
  readonly blocks: BlockRepository;
  readonly entities: EntityRepository;
  readonly rates: RatesRepository;
  readonly tags: TagRepository;
  readonly transactions: TransactionRepository;
  private readonly statisticsRepository: StatisticsRepository;
  private readonly statisticsCache: TtlCache<SummaryStatisticsRow | null>;
  private readonly currentRatesCache: TtlCache<ExchangeRateRow | null>;

  constructor(
    executor: Executor,
    readonly keyspaces: CurrencyKeyspaces,
    cacheSeconds: number,
  ) {
    this.addresses = new AddressRepository(executor, keyspaces.transformed);
    this.blocks = new BlockRepository(executor, keyspaces.raw);
    this.entities = new EntityRepository(executor, keyspaces.transformed);
    this.rates = new RatesRepository(executor, keyspaces.transformed);
    this.tags = new TagRepository(executor, keyspaces.transformed);
    this.transactions = new TransactionRepository(executor, keyspaces.raw);
    this.statisticsRepository = new StatisticsRepository(executor, keyspaces.transformed);
    this.statisticsCache = new TtlCache(cacheSeconds);
    this.currentRatesCache = new TtlCache(cacheSeconds);
  }

  /** The latest statistics row, or null when the keyspace has none. */
  statistics(): Promise<SummaryStatisticsRow | null> {
    return this.statisticsCache.get(() => this.statisticsRepository.latest());
  }

  /** The rates at height `no_blocks - 1` (the old service's rule), or null. */
  currentRates(): Promise<ExchangeRateRow | null> {
    return this.currentRatesCache.get(async () => {
      const statistics = await this.statistics();
      if (statistics === null) return null;
      const [rates] = await this.rates.byHeights([Number(statistics.noBlocks) - 1]);
      return rates ?? null;
    });
  }
}
