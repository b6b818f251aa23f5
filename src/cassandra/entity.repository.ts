import { idGroup } from '../derive/index.js';
import type { ClusterRow } from '../derive/types.js';
import { TableReader } from './base.repository.js';
import type { Executor } from './client.js';
import { TRANSFORMED_KEYSPACE } from './schema.js';

const CLUSTER_KEY = { partition: 'cluster_group', clustering: 'cluster' };

/** Entities ("clusters" in the tables) of a transformed keyspace. */
export class EntityRepository {
  private readonly clusters: TableReader<ClusterRow>;

  constructor(executor: Executor, keyspace: string) {
    this.clusters = new TableReader(executor, TRANSFORMED_KEYSPACE, keyspace, 'cluster');
  }

  /** The row of each entity id, or null (an entity that never received is not stored). */
  byIds(ids: readonly number[], bucketSize: number): Promise<(ClusterRow | null)[]> {
    return this.clusters.findByKey(ids, CLUSTER_KEY, (id) => ({
      partition: idGroup(id, bucketSize),
      clustering: id,
    }));
  }
}
