import DataLoader from 'dataloader';
import type { Page } from '../src/cassandra/base.repository.js';
import type { AddressTagRow, ClusterTagRow } from '../src/derive/types.js';
import type { BucketSize } from './address.loader.js';
import type { CurrencySource } from './currency-source.js';

/** A list owner and how many of its items to read. */
export interface PageKey<K> {
  of: K;
  limit: number;
}

const pageKeyId = <K>(key: PageKey<K>) => `${key.limit}:${key.of}`;

/** The first tags of addresses and of entities; each key is its own partition query. */
export function tagLoaders(source: CurrencySource, bucketSize: BucketSize) {
  const options = { cacheKeyFn: pageKeyId };
  return {
    ofAddress: new DataLoader<PageKey<string>, Page<AddressTagRow>, string>(
      (keys) => Promise.all(keys.map((key) => source.tags.ofAddress(key.of, key.limit))),
      options,
    ),
    ofEntity: new DataLoader<PageKey<number>, Page<ClusterTagRow>, string>(async (keys) => {
      const size = await bucketSize();
      return Promise.all(keys.map((key) => source.tags.ofEntity(key.of, size, key.limit)));
    }, options),
  };
}

export type TagLoaders = ReturnType<typeof tagLoaders>;
