import { DataUnavailable } from '../src/errors/index.js';
import { type AddressLoaders, addressLoaders, type BucketSize } from './address.loader.js';
import { type BlockLoaders, blockLoaders } from './block.loader.js';
import type { CurrencySource } from './currency-source.js';
import { entityLoader } from './entity.loader.js';
import { ratesLoader } from './rates.loader.js';
import type { GatewaySources } from './sources.js';
import { currentRatesLoader, statisticsLoader } from './statistics.loader.js';
import { type TagLoaders, tagLoaders } from './tag.loader.js';
import { type TaxonomyLoaders, taxonomyLoaders } from './taxonomy.loader.js';
import { transactionLoader } from './transaction.loader.js';

/** The loaders of one currency within one request. */
export interface CurrencyLoaders {
  /** Lower-case currency code. */
  code: string;
  addresses: AddressLoaders;
  blocks: BlockLoaders;
  entities: ReturnType<typeof entityLoader>;
  rates: ReturnType<typeof ratesLoader>;
  tags: TagLoaders;
  transactions: ReturnType<typeof transactionLoader>;
}

/**
 * The DataLoaders of one request: keys asked for in the same tick go to Cassandra together,
 * and a key asked for twice is read once. Currency loaders are made when first needed.
 */
export class RequestLoaders {
  readonly statistics: ReturnType<typeof statisticsLoader>;
  readonly currentRates: ReturnType<typeof currentRatesLoader>;
  readonly taxonomies: TaxonomyLoaders;
  private readonly currencies = new Map<string, CurrencyLoaders>();

  constructor(private readonly sources: GatewaySources) {
    const sourceOf = (code: string) => this.source(code);
    this.statistics = statisticsLoader(sourceOf);
    this.currentRates = currentRatesLoader(sourceOf);
    this.taxonomies = taxonomyLoaders(sources.taxonomies);
  }

  /** The loaders of a configured currency (lower-case code). */
  currency(code: string): CurrencyLoaders {
    let loaders = this.currencies.get(code);
    if (loaders === undefined) {
      loaders = this.createCurrencyLoaders(code);
      this.currencies.set(code, loaders);
    }
    return loaders;
  }

  private createCurrencyLoaders(code: string): CurrencyLoaders {
    const source = this.source(code);
    const bucketSize = this.bucketSizeOf(code, source);
    return {
      code,
      addresses: addressLoaders(source, bucketSize),
      blocks: blockLoaders(source),
      entities: entityLoader(source, bucketSize),
      rates: ratesLoader(source),
      tags: tagLoaders(source, bucketSize),
      transactions: transactionLoader(source),
    };
  }

  /** The bucket size comes from the data (its statistics row), never from a default. */
  private bucketSizeOf(code: string, source: CurrencySource): BucketSize {
    return async () => {
      const statistics = await this.statistics.load(code);
      if (statistics === null) {
        const keyspace = source.keyspaces.transformed;
        throw new DataUnavailable(`keyspace ${keyspace} has no summary_statistics row`, keyspace);
      }
      return statistics.bucketSize;
    };
  }

  private source(code: string): CurrencySource {
    const source = this.sources.currency(code);
    if (source === undefined) throw new Error(`currency ${code} is not configured`);
    return source;
  }
}
