import { closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import type { ScryptParameters } from './password.js';
import { RevocationStore, type RevocationTable, SWEEP_INTERVAL_MS } from './revocation-store.js';
import { BUSY_TIMEOUT_MS, guard, openTable, type SqliteTable } from './sqlite-table.js';
import { UserStore, type UserTable } from './user-store.js';

/** The store's file name inside the data folder. */
export const STORE_FILE = 'users.sqlite';

const USERS_TABLE = 'users';
const REVOKED_TABLE = 'revoked';
/** Password hashes are inside: only the owner may read the file or its folder. */
const PRIVATE_DIR_MODE = 0o700;
const PRIVATE_FILE_MODE = 0o600;

export interface AuthStoreOptions {
  /** Parameters for new password hashes (tests use cheap ones). */
  scrypt?: ScryptParameters;
  busyTimeoutMs?: number;
  sweepIntervalMs?: number;
  /** Told about a periodic sweep that failed; the caller logs it. */
  onSweepError?: (error: unknown) => void;
}

/** Users and revoked tokens, kept together in one SQLite file. */
export interface AuthStore {
  /** The SQLite file. */
  path: string;
  users: UserStore;
  revocations: RevocationStore;
  /** Stops the sweeps and closes the file. */
  close(): Promise<void>;
}

/**
 * Opens (creating when needed) `users.sqlite` in `dataDir`: write-ahead logging, a busy
 * timeout, expired revocations swept now and then periodically. Throws AuthStoreUnavailable
 * when the file cannot be opened as a database.
 */
export async function openAuthStore(
  dataDir: string,
  options: AuthStoreOptions = {},
): Promise<AuthStore> {
  const path = join(dataDir, STORE_FILE);
  await guard('creating the store file', async () => createPrivateFile(dataDir, path));

  const busyTimeoutMs = options.busyTimeoutMs ?? BUSY_TIMEOUT_MS;
  const tables: Array<SqliteTable<unknown>> = [];
  const closeTables = () => Promise.allSettled(tables.map((table) => table.adapter.disconnect()));
  try {
    const usersTable: UserTable = await openTable(path, USERS_TABLE, busyTimeoutMs);
    tables.push(usersTable);
    const revokedTable: RevocationTable = await openTable(path, REVOKED_TABLE, busyTimeoutMs);
    tables.push(revokedTable);

    const revocations = new RevocationStore(revokedTable);
    await revocations.sweepExpired();
    const interval = options.sweepIntervalMs ?? SWEEP_INTERVAL_MS;
    const stopSweeping = revocations.sweepPeriodically(interval, options.onSweepError);
    const close = async () => {
      stopSweeping();
      await closeTables();
    };
    return { path, users: new UserStore(usersTable, options.scrypt), revocations, close };
  } catch (error) {
    await closeTables();
    throw error;
  }
}

function createPrivateFile(dataDir: string, path: string): void {
  mkdirSync(dataDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
}
