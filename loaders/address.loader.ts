import DataLoader from 'dataloader';
import type { AddressRow } from '../src/derive/types.js';
import type { CurrencySource } from './currency-source.js';

/** The id-group bucket size of the currency's data, from its statistics row. */
export type BucketSize = () => Promise<number>;

/**
 * Addresses by their text (exactly as stored), by id, and the entity id of an address id.
 * An address looked up by id goes through the same per-request cache as one by text.
 */
export function addressLoaders(source: CurrencySource, bucketSize: BucketSize) {
  const byAddress = new DataLoader<string, AddressRow | null>((addresses) =>
    source.addresses.byAddresses(addresses),
  );

  const textOfId = new DataLoader<number, string | null>(async (ids) =>
    source.addresses.addressesOfIds(ids, await bucketSize()),
  );
  const byId = new DataLoader<number, AddressRow | null>(async (ids) => {
    const texts = await textOfId.loadMany(ids);
    return Promise.all(
      texts.map((text) => (typeof text === 'string' ? byAddress.load(text) : text)),
    );
  });

  const entityIdOf = new DataLoader<number, number | null>(async (ids) =>
    source.addresses.entityIdsOf(ids, await bucketSize()),
  );
  return { byAddress, byId, entityIdOf };
}

export type AddressLoaders = ReturnType<typeof addressLoaders>;
