import DataLoader from 'dataloader';
import type { ClusterRow } from '../src/derive/types.js';
import type { BucketSize } from './address.loader.js';
import type { CurrencySource } from './currency-source.js';

/** Entities by id; null for an id without a row (an entity that never received). */
export function entityLoader(source: CurrencySource, bucketSize: BucketSize) {
  return new DataLoader<number, ClusterRow | null>(async (ids) =>
    source.entities.byIds(ids, await bucketSize()),
  );
}
