import type { Executor } from './client.js';

const SYSTEM_KEYSPACES_QUERY =
  'SELECT keyspace_name FROM system_schema.keyspaces WHERE keyspace_name IN ?';

/** Which of the configured keyspaces exist, from Cassandra's schema tables. */
export class KeyspaceRepository {
  constructor(private readonly executor: Executor) {}

  /** The names among `keyspaces` that exist. */
  async existing(keyspaces: readonly string[]): Promise<Set<string>> {
    if (keyspaces.length === 0) return new Set();
    const result = await this.executor.execute(SYSTEM_KEYSPACES_QUERY, [[...keyspaces]], {
      prepare: true,
    });
    return new Set(result.rows.map((row) => row.get('keyspace_name') as string));
  }
}
