import type { Executor } from './client.js';
import { camelCase, RowCodec } from './codec.js';
import { type KeyspaceDef, type TableDef, tableDef } from './schema.js';

/** Values in one IN list; larger key sets are split into several concurrent queries. */
export const MAX_IN_VALUES = 100;

/** One restriction of a WHERE clause: a column equal to a value, or in a list of values. */
export type Condition =
  | { column: string; equals: unknown }
  | { column: string; in: readonly unknown[] };

/** Some rows of a longer list, and whether more follow. */
export interface Page<T> {
  rows: T[];
  hasNextPage: boolean;
}

/** A key's partition value and its clustering value, for lookups by full primary key. */
export interface KeyParts {
  partition: unknown;
  clustering: string | number;
}

/**
 * Reads one table of one keyspace with prepared statements that name their columns. Every
 * value is bound, and every read has a LIMIT; the keyspace name is configuration that was
 * checked against Cassandra's identifier syntax at start-up.
 */
export class TableReader<T> {
  private readonly table: TableDef;
  private readonly codec: RowCodec;
  private readonly columns: string[];

  constructor(
    private readonly executor: Executor,
    def: KeyspaceDef,
    private readonly keyspace: string,
    tableName: string,
  ) {
    this.table = tableDef(def, tableName);
    this.codec = new RowCodec(def);
    this.columns = this.table.columns.map(([name]) => name);
  }

  /** The rows matching every condition, at most `limit` of them. */
  async select(conditions: readonly Condition[], limit: number): Promise<T[]> {
    const where = conditions.map((condition) =>
      'in' in condition ? `${condition.column} IN ?` : `${condition.column} = ?`,
    );
    const whereClause = where.length === 0 ? '' : ` WHERE ${where.join(' AND ')}`;
    const query =
      `SELECT ${this.columns.join(', ')} FROM ${this.keyspace}.${this.table.name}` +
      `${whereClause} LIMIT ?`;
    const params = [...conditions.map((condition) => this.bind(condition)), limit];

    // The driver returns only its first page of `fetchSize` rows: make it hold the limit.
    const result = await this.executor.execute(query, params, { prepare: true, fetchSize: limit });
    return result.rows.map((row) => this.codec.fromRow<T>(this.table, row));
  }

  /** At most `limit` rows and whether there are more: reads one row beyond the page. */
  async page(conditions: readonly Condition[], limit: number): Promise<Page<T>> {
    const rows = await this.select(conditions, limit + 1);
    return { rows: rows.slice(0, limit), hasNextPage: rows.length > limit };
  }

  /** The row of each single-column partition key, or null; all queries at once. */
  async findEach(column: string, keys: readonly unknown[]): Promise<(T | null)[]> {
    const found = await Promise.all(keys.map((key) => this.select([{ column, equals: key }], 1)));
    return found.map((rows) => rows[0] ?? null);
  }

  /**
   * The row of each key by its full primary key (one partition column, one clustering
   * column), or null. Keys of one partition share a query with an IN list; the queries of
   * all partitions run at once.
   */
  async findByKey<K>(
    keys: readonly K[],
    columns: { partition: string; clustering: string },
    partsOf: (key: K) => KeyParts,
  ): Promise<(T | null)[]> {
    const parts = keys.map(partsOf);
    const queries = groupByPartition(parts).map(([partition, clustering]) =>
      this.select(
        [
          { column: columns.partition, equals: partition },
          { column: columns.clustering, in: clustering },
        ],
        clustering.length,
      ),
    );

    const field = camelCase(columns.clustering);
    const rows = new Map<unknown, T>();
    for (const row of (await Promise.all(queries)).flat()) {
      rows.set((row as Record<string, unknown>)[field], row);
    }
    return parts.map((part) => rows.get(part.clustering) ?? null);
  }

  private bind(condition: Condition): unknown {
    const type = this.columnType(condition.column);
    if ('in' in condition) return condition.in.map((value) => this.codec.toCql(value, type));
    return this.codec.toCql(condition.equals, type);
  }

  private columnType(column: string): string {
    const found = this.table.columns.find(([name]) => name === column);
    if (found === undefined) throw new Error(`no column ${column} in ${this.table.name}`);
    return found[1];
  }
}

/** Distinct clustering values per partition, in lists of at most MAX_IN_VALUES. */
function groupByPartition(parts: readonly KeyParts[]): [unknown, (string | number)[]][] {
  const groups = new Map<string, [unknown, Set<string | number>]>();
  for (const part of parts) {
    const id = String(part.partition);
    const group = groups.get(id) ?? [part.partition, new Set()];
    group[1].add(part.clustering);
    groups.set(id, group);
  }

  const chunks: [unknown, (string | number)[]][] = [];
  for (const [partition, values] of groups.values()) {
    const list = [...values];
    for (let start = 0; start < list.length; start += MAX_IN_VALUES) {
      chunks.push([partition, list.slice(start, start + MAX_IN_VALUES)]);
    }
  }
  return chunks;
}
