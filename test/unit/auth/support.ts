import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { afterEach } from 'vitest';
import {
  AuthService,
  type AuthServiceOptions,
  type AuthStore,
  DEFAULT_LOGIN_LIMITS,
  openAuthStore,
} from '../../../src/auth/index.js';
import type { ScryptParameters } from '../../../src/auth/password.js';

/** Cheap scrypt parameters: the tests hash hundreds of passwords. */
export const FAST_SCRYPT: ScryptParameters = {
  cost: 2 ** 10,
  blockSize: 8,
  parallelization: 1,
  keyLength: 64,
};

export const SECRET = 'a-test-secret-that-is-long-enough-for-production';
export const PASSWORD = 'correct horse battery';
export const CLIENT = '192.0.2.10';

const cleanups: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A fresh folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'graphsense-auth-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A store on a real SQLite file in `dir`, closed after the test. */
export async function openStore(dir: string): Promise<AuthStore> {
  const store = await openAuthStore(dir, { scrypt: FAST_SCRYPT });
  cleanups.push(() => store.close().catch(() => undefined));
  return store;
}

/** A service over a store in `dir` (a fresh folder by default), closed after the test. */
export async function openService(
  dir: string = tempDir(),
  options: Partial<AuthServiceOptions> = {},
): Promise<AuthService> {
  const store = await openStore(dir);
  return new AuthService(store, {
    secret: SECRET,
    tokenLifetimeSeconds: 3_600,
    loginLimits: DEFAULT_LOGIN_LIMITS,
    ...options,
  });
}

/** A service with one user, `alice`, and a token of hers. */
export async function loggedIn(service: AuthService, username = 'alice'): Promise<string> {
  if ((await service.store.users.find(username)) === undefined) {
    await service.store.users.add(username, PASSWORD);
  }
  const result = await service.login(username, PASSWORD, CLIENT);
  if (!result.ok) throw new Error(`login failed: ${result.reason}`);
  return result.issued.token;
}

/** Runs one statement on the store's file through a connection of its own. */
export async function rawQuery<Row>(path: string, statement: string): Promise<Row[]> {
  // The table named is one the store has, so the adapter's CREATE TABLE IF NOT EXISTS is a
  // no-op on the file.
  const adapter = new KeyvSqlite({ uri: `sqlite://${path}`, table: 'revoked' });
  try {
    return await adapter.query(statement);
  } finally {
    await adapter.disconnect();
  }
}

/**
 * Takes the file's write lock from a connection of its own, as another process would, and
 * returns the function that releases it.
 */
export async function holdWriteLock(path: string): Promise<() => Promise<void>> {
  const adapter = new KeyvSqlite({ uri: `sqlite://${path}`, table: 'revoked' });
  await adapter.query('BEGIN IMMEDIATE');
  return async () => {
    await adapter.query('COMMIT');
    await adapter.disconnect();
  };
}
