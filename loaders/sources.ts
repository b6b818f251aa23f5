import type { Executor } from '../src/cassandra/client.js';
import { KeyspaceRepository } from '../src/cassandra/keyspace.repository.js';
import { TaxonomyRepository } from '../src/cassandra/taxonomy.repository.js';
import type { KeyspaceMapping, LimitSettings } from '../src/config/index.js';
import { CurrencySource } from './currency-source.js';
import { KeyspaceCatalog } from './keyspace-catalog.js';
import { RequestLoaders } from './request-loaders.js';

/**
 * What the process shares between requests: one executor (the driver client), the
 * repositories of every configured keyspace, the keyspace catalog and the statistics caches.
 * Each request gets loaders of its own from `forRequest`.
 */
export class GatewaySources {
  readonly catalog: KeyspaceCatalog;
  readonly taxonomies: TaxonomyRepository;
  private readonly currencies: Map<string, CurrencySource>;

  constructor(
    executor: Executor,
    readonly mapping: KeyspaceMapping,
    limits: LimitSettings,
  ) {
    const cacheSeconds = limits.statisticsCacheSeconds;
    this.catalog = new KeyspaceCatalog(new KeyspaceRepository(executor), mapping, cacheSeconds);
    this.taxonomies = new TaxonomyRepository(executor, mapping.tagpacks);
    this.currencies = new Map(
      Object.entries(mapping.currencies).map(([code, keyspaces]) => [
        code,
        new CurrencySource(executor, keyspaces, cacheSeconds),
      ]),
    );
  }

  /** The configured currency codes, in lower case, sorted. */
  currencyCodes(): string[] {
    return [...this.currencies.keys()].sort();
  }

  /** The source of a configured currency (lower-case code), or undefined. */
  currency(code: string): CurrencySource | undefined {
    return this.currencies.get(code);
  }

  /** Fresh loaders for one request: nothing they load outlives it. */
  forRequest(): RequestLoaders {
    return new RequestLoaders(this);
  }
}
