import cassandra from 'cassandra-driver';
import type { Client } from './client.js';
import { RowCodec } from './codec.js';
import { type KeyspaceDef, tableDef } from './schema.js';

const { concurrent } = cassandra;

/** Rows sent per progress report; each chunk runs with the configured concurrency. */
const CHUNK_ROWS = 2_000;
const DEFAULT_CONCURRENCY = 64;
const SCAN_PAGE_ROWS = 1_000;

export interface WriteOptions {
  concurrency?: number;
  /** Called after each chunk with the number of rows written so far in this table. */
  onProgress?: (written: number) => void;
}

/** Writes the rows of one keyspace's tables; the only place that inserts and deletes. */
export class RowWriter {
  private readonly codec: RowCodec;

  constructor(
    private readonly client: Client,
    private readonly def: KeyspaceDef,
    private readonly keyspace: string,
  ) {
    this.codec = new RowCodec(def);
  }

  /** Inserts every record into every column of the table (absent fields are null). */
  async insert(tableName: string, records: readonly object[], options: WriteOptions = {}) {
    const table = tableDef(this.def, tableName);
    const columns = table.columns.map(([name]) => name);
    const query =
      `INSERT INTO ${this.keyspace}.${table.name} (${columns.join(', ')}) ` +
      `VALUES (${columns.map(() => '?').join(', ')})`;
    await this.run(query, records, (record) => this.codec.toParams(table, record), options);
  }

  /** Deletes rows by their full primary key, taken from the records. */
  async delete(tableName: string, records: readonly object[], options: WriteOptions = {}) {
    const table = tableDef(this.def, tableName);
    const key = [...table.partitionKey, ...table.clusteringKey];
    const query =
      `DELETE FROM ${this.keyspace}.${table.name} ` +
      `WHERE ${key.map((column) => `${column} = ?`).join(' AND ')}`;
    const params = (record: object) => this.codec.toParams(table, record, key);
    await this.run(query, records, params, options);
  }

  /** Every row of a table, paged by the driver (for the small shared tagpacks tables). */
  async *scan<T>(tableName: string): AsyncGenerator<T> {
    const table = tableDef(this.def, tableName);
    const columns = table.columns.map(([name]) => name);
    const query = `SELECT ${columns.join(', ')} FROM ${this.keyspace}.${table.name}`;
    let pageState: string | undefined;
    do {
      const options = { prepare: true, fetchSize: SCAN_PAGE_ROWS, pageState };
      const result = await this.client.execute(query, [], options);
      for (const row of result.rows) yield this.codec.fromRow<T>(table, row);
      pageState = result.pageState ?? undefined;
    } while (pageState !== undefined);
  }

  private async run(
    query: string,
    records: readonly object[],
    toParams: (record: object) => unknown[],
    options: WriteOptions,
  ): Promise<void> {
    const concurrencyLevel = options.concurrency ?? DEFAULT_CONCURRENCY;
    for (let start = 0; start < records.length; start += CHUNK_ROWS) {
      const chunk = records.slice(start, start + CHUNK_ROWS).map(toParams);
      await concurrent.executeConcurrent(this.client, query, chunk, { concurrencyLevel });
      options.onProgress?.(Math.min(start + CHUNK_ROWS, records.length));
    }
  }
}
