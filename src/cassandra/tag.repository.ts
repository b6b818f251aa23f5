import { idGroup } from '../derive/index.js';
import type { AddressTagRow, ClusterTagRow } from '../derive/types.js';
import { type Page, TableReader } from './base.repository.js';
import type { Executor } from './client.js';
import { TRANSFORMED_KEYSPACE } from './schema.js';

/** The tags of addresses and of entities, from a transformed keyspace. */
export class TagRepository {
  private readonly addressTags: TableReader<AddressTagRow>;
  private readonly clusterTags: TableReader<ClusterTagRow>;

  constructor(executor: Executor, keyspace: string) {
    this.addressTags = new TableReader(executor, TRANSFORMED_KEYSPACE, keyspace, 'address_tags');
    this.clusterTags = new TableReader(executor, TRANSFORMED_KEYSPACE, keyspace, 'cluster_tags');
  }

  /** The first `limit` tags of an address, in the table's order (label, source, tagpack). */
  ofAddress(address: string, limit: number): Promise<Page<AddressTagRow>> {
    return this.addressTags.page([{ column: 'address', equals: address }], limit);
  }

  /** The first `limit` tags of an entity's addresses, in the table's order (by address). */
  ofEntity(entityId: number, bucketSize: number, limit: number): Promise<Page<ClusterTagRow>> {
    const conditions = [
      { column: 'cluster_group', equals: idGroup(entityId, bucketSize) },
      { column: 'cluster', equals: entityId },
    ];
    return this.clusterTags.page(conditions, limit);
  }
}
