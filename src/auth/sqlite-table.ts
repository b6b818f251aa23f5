import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import { AuthStoreUnavailable } from './errors.js';

/** How long a statement waits for another connection's lock before failing. */
export const BUSY_TIMEOUT_MS = 5_000;

/** One keyv namespace in its own table of the store's SQLite file. */
export interface SqliteTable<Value> {
  keyv: Keyv<Value>;
  /** The adapter, for the few statements keyv has no method for. */
  adapter: KeyvSqlite;
  /** The table's name in the file. */
  table: string;
}

/**
 * Opens `table` of the SQLite file at `path` as a keyv namespace whose failures throw.
 *
 * keyv's default is to emit 'error' and answer "not found"; here every failure reaches the
 * caller, so a broken store can never read as "no such user" or "not revoked".
 */
export async function openTable<Value>(
  path: string,
  table: string,
  busyTimeoutMs: number = BUSY_TIMEOUT_MS,
): Promise<SqliteTable<Value>> {
  // The adapter's busyTimeout option applies before its CREATE TABLE, which a PRAGMA
  // sent afterwards could not; the first query is sent right away so that a failed
  // connection rejects it instead of going unhandled.
  const adapter = new KeyvSqlite({ uri: `sqlite://${path}`, table, busyTimeout: busyTimeoutMs });
  await guard('opening the store', () => useWriteAheadLog(adapter));
  const keyv = new Keyv<Value>(adapter, {
    namespace: table,
    throwOnErrors: true,
    emitErrors: false,
  });
  return { keyv, adapter, table };
}

/**
 * Runs one store operation; any failure becomes AuthStoreUnavailable with the original as
 * its cause, for the logs.
 */
export async function guard<T>(action: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AuthStoreUnavailable) throw error;
    throw new AuthStoreUnavailable(action, { cause: error });
  }
}

// Write-ahead logging lets readers go on while one connection writes; the mode is a
// property of the file, so setting it again on every open is harmless.
async function useWriteAheadLog(adapter: KeyvSqlite): Promise<void> {
  const rows: Array<{ journal_mode?: string }> = await adapter.query('PRAGMA journal_mode = WAL');
  const mode = rows[0]?.journal_mode;
  if (mode !== 'wal') throw new Error(`the file refused write-ahead logging (mode ${mode})`);
}
