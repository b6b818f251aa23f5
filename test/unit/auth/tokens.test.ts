import { randomUUID } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, type JWTPayload, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { type AuthService, CLOCK_TOLERANCE_SECONDS } from '../../../src/auth/index.js';
import { tokenSigningKey } from '../../../src/auth/token-issuer.js';
import { CLIENT, loggedIn, openService, PASSWORD, rawQuery, SECRET, tempDir } from './support.js';

const now = () => Math.floor(Date.now() / 1_000);

/** A token signed with the gateway's own key, with the claims and algorithm given. */
async function craft(claims: JWTPayload, alg = 'HS256', secret = SECRET): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg }).sign(tokenSigningKey(secret));
}

function claimsFor(username: string, expiresIn: number): JWTPayload {
  return { sub: username, iat: now(), exp: now() + expiresIn, jti: randomUUID() };
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('issued tokens', () => {
  it('are HS256 with subject, issue time, expiry and a unique id', async () => {
    const service = await openService();
    const token = await loggedIn(service);
    const again = await loggedIn(service);

    expect(decodeProtectedHeader(token).alg).toBe('HS256');
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      sub: 'alice',
      iat: expect.any(Number),
      jti: expect.any(String),
    });
    expect(claims.exp).toBe((claims.iat ?? 0) + 3_600);
    expect(decodeJwt(again).jti).not.toBe(claims.jti);
  });

  it('last the configured lifetime', async () => {
    const service = await openService(tempDir(), { tokenLifetimeSeconds: 120 });
    await service.store.users.add('alice', PASSWORD);
    const result = await service.login('alice', PASSWORD, CLIENT);
    if (!result.ok) throw new Error(result.reason);

    const claims = decodeJwt(result.issued.token);
    expect(claims.exp).toBe((claims.iat ?? 0) + 120);
    expect(result.issued.expiresAt.getTime()).toBe((claims.exp ?? 0) * 1_000);
  });

  it('authenticate their user', async () => {
    const service = await openService();
    const result = await service.authenticate(await loggedIn(service));
    expect(result).toMatchObject({ ok: true, user: { username: 'alice' } });
  });
});

describe('authenticate refuses', () => {
  it('no token as MISSING', async () => {
    const service = await openService();
    expect(await service.authenticate(undefined)).toEqual({ ok: false, reason: 'MISSING' });
    expect(await service.authenticate('')).toEqual({ ok: false, reason: 'MISSING' });
  });

  it.each([
    ['plain text', 'not a token'],
    ['two parts', 'abc.def'],
    ['empty parts', '..'],
    ['a header that is not JSON', `${Buffer.from('{').toString('base64url')}.e30.c2ln`],
    ['a header that is an array', `${base64url([1])}.e30.c2ln`],
    ['a payload that is not JSON', `${base64url({ alg: 'HS256' })}.bm90IGpzb24.c2ln`],
    ['an oversized token', `${'a'.repeat(5_000)}.b.c`],
  ])('a malformed token (%s) as INVALID', async (_case, token) => {
    const service = await openService();
    expect(await service.authenticate(token)).toEqual({ ok: false, reason: 'INVALID' });
  });

  it('a token signed with another secret as INVALID', async () => {
    const service = await openService();
    await loggedIn(service);
    const token = await craft(claimsFor('alice', 600), 'HS256', 'another-secret-of-some-length!!');
    expect(await service.authenticate(token)).toEqual({ ok: false, reason: 'INVALID' });
  });

  it('a token with alg none as INVALID', async () => {
    const service = await openService();
    await loggedIn(service);
    const token = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claimsFor('alice', 600))}.`;
    expect(await service.authenticate(token)).toEqual({ ok: false, reason: 'INVALID' });
  });

  it('a token of another algorithm signed with the same key as INVALID', async () => {
    const service = await openService();
    await loggedIn(service);
    const token = await craft(claimsFor('alice', 600), 'HS512');
    expect(await service.authenticate(token)).toEqual({ ok: false, reason: 'INVALID' });
  });

  it('a token without expiry as INVALID', async () => {
    const service = await openService();
    await loggedIn(service);
    const { exp: _exp, ...claims } = claimsFor('alice', 600);
    expect(await service.authenticate(await craft(claims))).toEqual({
      ok: false,
      reason: 'INVALID',
    });
  });

  it('a token without id or subject as INVALID', async () => {
    const service = await openService();
    await loggedIn(service);
    const { jti: _jti, ...noId } = claimsFor('alice', 600);
    const { sub: _sub, ...noSubject } = claimsFor('alice', 600);
    expect(await service.authenticate(await craft(noId))).toMatchObject({ reason: 'INVALID' });
    expect(await service.authenticate(await craft(noSubject))).toMatchObject({
      reason: 'INVALID',
    });
  });

  it('a token expired beyond the clock tolerance as EXPIRED', async () => {
    const service = await openService();
    await loggedIn(service);
    const token = await craft(claimsFor('alice', -(CLOCK_TOLERANCE_SECONDS + 5)));
    expect(await service.authenticate(token)).toEqual({ ok: false, reason: 'EXPIRED' });
  });

  it('no token expired within the clock tolerance', async () => {
    const service = await openService();
    await loggedIn(service);
    const token = await craft(claimsFor('alice', -(CLOCK_TOLERANCE_SECONDS - 10)));
    expect(await service.authenticate(token)).toMatchObject({ ok: true });
  });

  it('a logged-out token as REVOKED', async () => {
    const service = await openService();
    const token = await loggedIn(service);
    expect(await service.logout(token)).toEqual({ ok: true, username: 'alice' });
    expect(await service.authenticate(token)).toEqual({ ok: false, reason: 'REVOKED' });
  });

  it('a logged-out token as REVOKED after the store is opened again', async () => {
    const dir = tempDir();
    const first = await openService(dir);
    const token = await loggedIn(first);
    await first.logout(token);
    await first.close();

    const second = await openService(dir);
    expect(await second.authenticate(token)).toEqual({ ok: false, reason: 'REVOKED' });
  });

  it('a token replaced by refresh as REVOKED, while its successor passes', async () => {
    const service = await openService();
    const token = await loggedIn(service);
    const refreshed = await service.refresh(token);
    if (!refreshed.ok) throw new Error(refreshed.reason);

    expect(await service.authenticate(token)).toEqual({ ok: false, reason: 'REVOKED' });
    expect(await service.authenticate(refreshed.issued.token)).toMatchObject({ ok: true });
  });

  it('a token of a removed user as REVOKED', async () => {
    const service = await openService();
    const token = await loggedIn(service);
    await service.store.users.remove('alice');
    expect(await service.authenticate(token)).toEqual({ ok: false, reason: 'REVOKED' });
  });

  it('an older token of a user removed and added again as REVOKED', async () => {
    const service = await openService();
    const token = await craft({ ...claimsFor('alice', 600), iat: now() - 60 });
    await service.store.users.add('alice', PASSWORD);
    expect(await service.authenticate(token)).toEqual({ ok: false, reason: 'REVOKED' });
  });
});

describe('logout and refresh', () => {
  it('refuse without a token, writing nothing', async () => {
    const service = await openService();
    expect(await service.logout(undefined)).toEqual({ ok: false, reason: 'MISSING' });
    expect(await service.refresh(undefined)).toEqual({ ok: false, reason: 'MISSING' });
  });

  it('write nothing for an invalid or expired token', async () => {
    const service = await openService();
    await loggedIn(service);
    const expired = await craft(claimsFor('alice', -3_600));
    const foreign = await craft(
      claimsFor('alice', 600),
      'HS256',
      'another-secret-of-some-length!!',
    );

    expect(await service.logout(expired)).toEqual({ ok: false, reason: 'EXPIRED' });
    expect(await service.logout(foreign)).toEqual({ ok: false, reason: 'INVALID' });
    expect(await service.refresh('garbage')).toEqual({ ok: false, reason: 'INVALID' });
    expect(await revokedRows(service)).toBe(0);
  });

  it('refuse a token that is already revoked', async () => {
    const service = await openService();
    const token = await loggedIn(service);
    await service.logout(token);
    expect(await service.logout(token)).toEqual({ ok: false, reason: 'REVOKED' });
    expect(await service.refresh(token)).toEqual({ ok: false, reason: 'REVOKED' });
  });

  it('let only one of two simultaneous refreshes of a token through', async () => {
    const service = await openService();
    const token = await loggedIn(service);
    const results = await Promise.all([service.refresh(token), service.refresh(token)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: 'REVOKED' }]);
  });

  it('keep a revocation until the token expires, clock tolerance included', async () => {
    const service = await openService();
    const token = await loggedIn(service);
    await service.logout(token);

    const exp = decodeJwt(token).exp ?? 0;
    const stored = await revokedExpiries(service);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toBeGreaterThanOrEqual((exp + CLOCK_TOLERANCE_SECONDS) * 1_000 - 1_000);
    expect(stored[0]).toBeLessThanOrEqual((exp + CLOCK_TOLERANCE_SECONDS) * 1_000 + 1_000);
  });
});

async function revokedExpiries(service: AuthService): Promise<number[]> {
  const rows = await rawQuery<{ value: string }>(service.store.path, 'SELECT value FROM revoked');
  return rows.map((row) => (JSON.parse(row.value) as { expires: number }).expires);
}

async function revokedRows(service: AuthService): Promise<number> {
  return (await revokedExpiries(service)).length;
}
