import { ADDRESS_PREFIX_LENGTH, idGroup } from '../derive/index.js';
import type { AddressByIdGroupRow, AddressClusterRow, AddressRow } from '../derive/types.js';
import { TableReader } from './base.repository.js';
import type { Executor } from './client.js';
import { TRANSFORMED_KEYSPACE } from './schema.js';

const ADDRESS_KEY = { partition: 'address_prefix', clustering: 'address' };
const ID_KEY = { partition: 'address_id_group', clustering: 'address_id' };

/** Addresses of a transformed keyspace: by address text, by id, and their entities. */
export class AddressRepository {
  private readonly addresses: TableReader<AddressRow>;
  private readonly byIdGroup: TableReader<AddressByIdGroupRow>;
  private readonly clusters: TableReader<AddressClusterRow>;

  constructor(executor: Executor, keyspace: string) {
    const reader = <T>(table: string) =>
      new TableReader<T>(executor, TRANSFORMED_KEYSPACE, keyspace, table);
    this.addresses = reader('address');
    this.byIdGroup = reader('address_by_id_group');
    this.clusters = reader('address_cluster');
  }

  /** The row of each address (exactly as stored), or null. */
  byAddresses(addresses: readonly string[]): Promise<(AddressRow | null)[]> {
    return this.addresses.findByKey(addresses, ADDRESS_KEY, (address) => ({
      partition: address.slice(0, ADDRESS_PREFIX_LENGTH),
      clustering: address,
    }));
  }

  /** The address text of each id, or null. */
  async addressesOfIds(ids: readonly number[], bucketSize: number): Promise<(string | null)[]> {
    const rows = await this.byIdGroup.findByKey(ids, ID_KEY, idParts(bucketSize));
    return rows.map((row) => row?.address ?? null);
  }

  /** The entity (cluster) id of each address id, or null. */
  async entityIdsOf(ids: readonly number[], bucketSize: number): Promise<(number | null)[]> {
    const rows = await this.clusters.findByKey(ids, ID_KEY, idParts(bucketSize));
    return rows.map((row) => row?.cluster ?? null);
  }
}

function idParts(bucketSize: number) {
  return (id: number) => ({ partition: idGroup(id, bucketSize), clustering: id });
}
