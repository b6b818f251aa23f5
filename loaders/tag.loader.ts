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

/**
 * The first tags of addresses and of entities. Each owner is one partition query; an owner
 * asked for with several limits in one batch (a page of tags and the coherence of all of
 * them) is read once, with the largest.
 */
export function tagLoaders(source: CurrencySource, bucketSize: BucketSize) {
  const options = { cacheKeyFn: pageKeyId };
  return {
    ofAddress: new DataLoader<PageKey<string>, Page<AddressTagRow>, string>(
      (keys) => pagesByOwner(keys, (address, limit) => source.tags.ofAddress(address, limit)),
      options,
    ),
    ofEntity: new DataLoader<PageKey<number>, Page<ClusterTagRow>, string>(async (keys) => {
      const size = await bucketSize();
      return pagesByOwner(keys, (entity, limit) => source.tags.ofEntity(entity, size, limit));
    }, options),
  };
}

export type TagLoaders = ReturnType<typeof tagLoaders>;

/** Reads each owner once with the largest limit of its keys; each key gets its own page. */
async function pagesByOwner<K, R>(
  keys: readonly PageKey<K>[],
  read: (owner: K, limit: number) => Promise<Page<R>>,
): Promise<Page<R>[]> {
  const largest = new Map<K, number>();
  for (const key of keys) largest.set(key.of, Math.max(largest.get(key.of) ?? 0, key.limit));

  const reads = [...largest].map(
    async ([owner, limit]) => [owner, await read(owner, limit)] as const,
  );
  const pages = new Map(await Promise.all(reads));
  return keys.map((key) =>
    firstOf(pages.get(key.of) ?? { rows: [], hasNextPage: false }, key.limit),
  );
}

/** The first `limit` rows of a longer page. */
function firstOf<R>(page: Page<R>, limit: number): Page<R> {
  return {
    rows: page.rows.slice(0, limit),
    hasNextPage: page.hasNextPage || page.rows.length > limit,
  };
}
