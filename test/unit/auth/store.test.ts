import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AuthService,
  AuthStoreUnavailable,
  DEFAULT_LOGIN_LIMITS,
  openAuthStore,
  STORE_FILE,
} from '../../../src/auth/index.js';
import {
  CLIENT,
  FAST_SCRYPT,
  holdWriteLock,
  loggedIn,
  openService,
  openStore,
  PASSWORD,
  rawQuery,
  SECRET,
  tempDir,
} from './support.js';

const HOUR_MS = 3_600_000;

describe('the user store', () => {
  it('creates its folder and a file only its owner can read', async () => {
    const dir = join(tempDir(), 'nested', 'data');
    const store = await openStore(dir);
    expect(store.path).toBe(join(dir, STORE_FILE));
    expect(statSync(store.path).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('uses write-ahead logging', async () => {
    const store = await openStore(tempDir());
    const [mode] = await rawQuery<{ journal_mode: string }>(store.path, 'PRAGMA journal_mode');
    expect(mode?.journal_mode).toBe('wal');
  });

  it("waits for another connection's write lock instead of failing", async () => {
    const store = await openStore(tempDir());
    const release = await holdWriteLock(store.path);
    // Longer than node-sqlite3's own default of one second, shorter than the store's timeout.
    setTimeout(release, 1_500);

    await store.revocations.revoke('waiting', 'alice', Date.now() + HOUR_MS);
    expect(await store.revocations.isRevoked('waiting')).toBe(true);
  });

  it('adds, finds, lists and removes users', async () => {
    const { users } = await openStore(tempDir());
    const before = Date.now();
    await users.add('bob', PASSWORD);
    await users.add('alice', PASSWORD);

    const alice = await users.find('alice');
    expect(alice?.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1_000);
    expect((await users.list()).map((user) => user.username)).toEqual(['alice', 'bob']);

    await users.remove('alice');
    expect(await users.find('alice')).toBeUndefined();
    expect((await users.list()).map((user) => user.username)).toEqual(['bob']);
  });

  it('keeps users and revocations in tables of their own', async () => {
    const service = await openService();
    await service.logout(await loggedIn(service));
    const tables = await rawQuery<{ name: string }>(
      service.store.path,
      "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
    );
    expect(tables.map((table) => table.name)).toEqual(['revoked', 'users']);
    expect(await rawQuery(service.store.path, 'SELECT key FROM users')).toEqual([
      { key: 'users:alice' },
    ]);
  });

  it('never stores or lists a password', async () => {
    const { users, path } = await openStore(tempDir());
    await users.add('alice', PASSWORD);
    const rows = await rawQuery<{ value: string }>(path, 'SELECT value FROM users');
    expect(rows[0]?.value).not.toContain(PASSWORD);
    expect(JSON.stringify(await users.list())).not.toMatch(/hash|salt|scrypt/);
  });

  it.each([
    ['an empty name', ''],
    ['a space', 'al ice'],
    ['a slash', 'al/ice'],
    ['65 characters', 'a'.repeat(65)],
    ['a non-ASCII letter', 'älice'],
  ])('refuses a username with %s', async (_case, username) => {
    const { users } = await openStore(tempDir());
    await expect(users.add(username, PASSWORD)).rejects.toMatchObject({
      code: 'INVALID_USERNAME',
    });
  });

  it('accepts 64 letters, digits, dots, underscores and dashes', async () => {
    const { users } = await openStore(tempDir());
    await users.add('A.b_c-9', PASSWORD);
    await users.add('x'.repeat(64), PASSWORD);
    expect(await users.list()).toHaveLength(2);
  });

  it('refuses to add a user twice', async () => {
    const { users } = await openStore(tempDir());
    await users.add('alice', PASSWORD);
    await expect(users.add('alice', 'another password')).rejects.toMatchObject({
      code: 'USER_EXISTS',
    });
    expect(await users.checkPassword('alice', PASSWORD)).toBeDefined();
  });

  it('refuses to remove an unknown user', async () => {
    const { users } = await openStore(tempDir());
    await expect(users.remove('nobody')).rejects.toMatchObject({ code: 'USER_NOT_FOUND' });
    await expect(users.remove('not a name')).rejects.toMatchObject({ code: 'USER_NOT_FOUND' });
  });

  it('checks passwords, refusing wrong and over-long ones', async () => {
    const { users } = await openStore(tempDir());
    await users.add('alice', PASSWORD);
    expect(await users.checkPassword('alice', PASSWORD)).toMatchObject({ username: 'alice' });
    expect(await users.checkPassword('alice', 'not the password')).toBeUndefined();
    expect(await users.checkPassword('alice', PASSWORD.repeat(100))).toBeUndefined();
    expect(await users.checkPassword('nobody', PASSWORD)).toBeUndefined();
  });

  it('redoes a hash made with older parameters at the next login', async () => {
    const dir = tempDir();
    const old = await openAuthStore(dir, { scrypt: { ...FAST_SCRYPT, cost: 2 ** 11 } });
    await old.users.add('alice', PASSWORD);
    await old.close();

    const store = await openStore(dir);
    expect(await store.users.checkPassword('alice', PASSWORD)).toBeDefined();
    const [row] = await rawQuery<{ value: string }>(store.path, 'SELECT value FROM users');
    expect(JSON.parse(row?.value ?? '{}').value.password.cost).toBe(FAST_SCRYPT.cost);
    expect(await store.users.checkPassword('alice', PASSWORD)).toBeDefined();
  });
});

describe('revocations', () => {
  it('are swept from the file once they run out', async () => {
    const { revocations, path } = await openStore(tempDir());
    await revocations.revoke('old', 'alice', Date.now() + 50);
    await revocations.revoke('current', 'alice', Date.now() + HOUR_MS);

    expect(await revocations.sweepExpired(Date.now() + 1_000)).toBe(1);
    const keys = await rawQuery<{ key: string }>(path, 'SELECT key FROM revoked');
    expect(keys).toEqual([{ key: 'revoked:current' }]);
    expect(await revocations.isRevoked('current')).toBe(true);
  });

  it('that ran out are swept when the store opens', async () => {
    const dir = tempDir();
    const first = await openStore(dir);
    await first.revocations.revoke('brief', 'alice', Date.now() + 20);
    await first.close();
    await new Promise((resolve) => setTimeout(resolve, 50));

    const second = await openStore(dir);
    expect(await rawQuery(second.path, 'SELECT key FROM revoked')).toEqual([]);
  });

  it('are swept periodically', async () => {
    const dir = tempDir();
    const store = await openAuthStore(dir, { scrypt: FAST_SCRYPT, sweepIntervalMs: 30 });
    try {
      await store.revocations.revoke('brief', 'alice', Date.now() + 10);
      await expect
        .poll(() => rawQuery(store.path, 'SELECT key FROM revoked'), { timeout: 2_000 })
        .toEqual([]);
    } finally {
      await store.close();
    }
  });
});

describe('a store that cannot be read', () => {
  it('makes authenticate fail as unavailable, never succeed', async () => {
    const service = await openService();
    const token = await loggedIn(service);
    await service.store.close();

    await expect(service.authenticate(token)).rejects.toBeInstanceOf(AuthStoreUnavailable);
    await expect(service.authenticate(token)).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
    });
  });

  it('makes login, logout and the user store fail as unavailable', async () => {
    const service = await openService();
    const token = await loggedIn(service);
    await service.store.close();

    const unavailable = { code: 'SERVICE_UNAVAILABLE' };
    await expect(service.login('alice', PASSWORD, CLIENT)).rejects.toMatchObject(unavailable);
    await expect(service.logout(token)).rejects.toMatchObject(unavailable);
    await expect(service.refresh(token)).rejects.toMatchObject(unavailable);
    await expect(service.store.users.list()).rejects.toMatchObject(unavailable);
    await expect(service.store.users.add('bob', PASSWORD)).rejects.toMatchObject(unavailable);
  });

  it('makes a logout fail as unavailable when the file stays locked, revoking nothing', async () => {
    const dir = tempDir();
    const store = await openAuthStore(dir, { scrypt: FAST_SCRYPT, busyTimeoutMs: 100 });
    const service = new AuthService(store, {
      secret: SECRET,
      tokenLifetimeSeconds: 600,
      loginLimits: DEFAULT_LOGIN_LIMITS,
    });
    const token = await loggedIn(service);

    const release = await holdWriteLock(store.path);
    try {
      await expect(service.logout(token)).rejects.toBeInstanceOf(AuthStoreUnavailable);
    } finally {
      await release();
    }
    expect(await service.authenticate(token)).toMatchObject({ ok: true });
    await service.close();
  });

  it('refuses to open a file that is not a database', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, STORE_FILE), 'this is not a database, just some text '.repeat(100));
    await expect(openAuthStore(dir)).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });

  it('names no secret and no token in its message', async () => {
    const service = await openService();
    const token = await loggedIn(service);
    await service.store.close();
    const error = await service.authenticate(token).catch((caught: unknown) => caught);
    expect(String((error as Error).message)).not.toContain(token);
    expect(String((error as Error).message)).not.toMatch(/secret/i);
  });
});
