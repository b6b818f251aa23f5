import type { types } from 'cassandra-driver';
import type { Executor } from '../../../src/cassandra/client.js';

/** One request the fake executor received. */
export interface RecordedQuery {
  query: string;
  params: unknown[];
}

/** Rows (by CQL column name) for a request, or an error to throw. */
export type Answer = (query: string, params: unknown[]) => Record<string, unknown>[];

/** An executor that answers from a function and records every request. */
export function fakeExecutor(answer: Answer): { executor: Executor; calls: RecordedQuery[] } {
  const calls: RecordedQuery[] = [];
  const executor: Executor = {
    async execute(query, params = []) {
      calls.push({ query, params });
      const rows = answer(query, params).map((row) => ({ get: (column: string) => row[column] }));
      return { rows, rowLength: rows.length } as unknown as types.ResultSet;
    },
  };
  return { executor, calls };
}

/** Answers the keyspace check with these names and every other request with no rows. */
export function keyspacesOnly(existing: readonly string[]): Answer {
  return (query) =>
    query.includes('system_schema.keyspaces')
      ? existing.map((name) => ({ keyspace_name: name }))
      : [];
}
