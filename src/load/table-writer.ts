import type { Client } from '../cassandra/client.js';
import { KEYSPACES } from '../cassandra/schema.js';
import { RowWriter } from '../cassandra/writer.js';

/** Progress of one table's rows, reported as they are written. */
export interface LoadProgress {
  keyspace: string;
  table: string;
  written: number;
  total: number;
}

/** Rows written per table, keyed `keyspace.table`. */
export type LoadSummary = Record<string, number>;

/** Writes all rows of one table of a keyspace in the given role. */
export type WriteTable = (
  role: keyof typeof KEYSPACES,
  keyspace: string,
  table: string,
  rows: readonly object[],
) => Promise<void>;

/** A table writer that reports progress and counts the rows of each table in `summary`. */
export function tableWriter(
  client: Client,
  summary: LoadSummary,
  onProgress?: (progress: LoadProgress) => void,
): WriteTable {
  return async (role, keyspace, table, rows) => {
    const writer = new RowWriter(client, KEYSPACES[role], keyspace);
    const total = rows.length;
    onProgress?.({ keyspace, table, written: 0, total });
    await writer.insert(table, rows, {
      onProgress: (written) => onProgress?.({ keyspace, table, written, total }),
    });
    summary[`${keyspace}.${table}`] = total;
  };
}
