import type { Client } from './client.js';
import { createKeyspaceStatements, dropKeyspaceStatement, type Replication } from './ddl.js';
import type { KeyspaceDef } from './schema.js';

/**
 * Schema changes and whole-keyspace checks. Statements run one at a time with the schema
 * timeout: concurrent schema changes race, and they are slow on small machines.
 */
export class KeyspaceAdmin {
  constructor(
    private readonly client: Client,
    private readonly schemaTimeoutMs: number,
  ) {}

  async create(def: KeyspaceDef, keyspace: string, replication: Replication): Promise<void> {
    for (const statement of createKeyspaceStatements(def, keyspace, replication)) {
      await this.schemaChange(statement);
    }
  }

  async drop(keyspace: string): Promise<void> {
    await this.schemaChange(dropKeyspaceStatement(keyspace));
  }

  async exists(keyspace: string): Promise<boolean> {
    const result = await this.client.execute(
      'SELECT keyspace_name FROM system_schema.keyspaces WHERE keyspace_name = ?',
      [keyspace],
    );
    return result.rowLength > 0;
  }

  /** Names of existing keyspaces that start with `prefix` (for cleaning up test runs). */
  async withPrefix(prefix: string): Promise<string[]> {
    const result = await this.client.execute('SELECT keyspace_name FROM system_schema.keyspaces');
    return result.rows
      .map((row) => row.get('keyspace_name') as string)
      .filter((name) => name.startsWith(prefix));
  }

  /** Tables of the keyspace that hold at least one row; missing tables count as empty. */
  async tablesWithData(def: KeyspaceDef, keyspace: string): Promise<string[]> {
    if (!(await this.exists(keyspace))) return [];
    const found: string[] = [];
    for (const table of def.tables) {
      const key = table.partitionKey[0];
      const result = await this.client.execute(
        `SELECT ${key} FROM ${keyspace}.${table.name} LIMIT 1`,
      );
      if (result.rowLength > 0) found.push(table.name);
    }
    return found;
  }

  async truncate(def: KeyspaceDef, keyspace: string): Promise<void> {
    for (const table of def.tables) {
      await this.schemaChange(`TRUNCATE ${keyspace}.${table.name}`);
    }
  }

  private async schemaChange(statement: string): Promise<void> {
    await this.client.execute(statement, [], {
      prepare: false,
      readTimeout: this.schemaTimeoutMs,
    });
  }
}
