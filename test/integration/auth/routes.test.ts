import { decodeJwt } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLOCK_TOLERANCE_SECONDS } from '../../../src/auth/index.js';
import type { Config } from '../../../src/config/index.js';
import {
  ALICE,
  type AuthGateway,
  addUser,
  authConfig,
  claimsFor,
  craftToken,
  PASSWORD,
  revocationCount,
  startGateway,
  tokenCookie,
} from './auth-gateway.js';

const ME = '{ me { username } }';
const FAIL = { status: 'fail', message: expect.any(String) };
const MS_PER_SECOND = 1_000;

let config: Config;
beforeAll(async () => {
  config = authConfig();
  await addUser(config);
});

/** The reason `{ me }` is refused with, or the username it answers. */
async function meWith(gateway: AuthGateway, token: string): Promise<unknown> {
  const { body } = await gateway.graphql(ME, { token });
  const me = body.data?.me as { username: string } | null | undefined;
  return body.errors?.[0]?.extensions?.reason ?? me?.username;
}

/** Expects the cookie of a login: the token itself, HttpOnly, Lax, for the whole site. */
function expectTokenCookie(headers: Headers, token: string) {
  const cookie = tokenCookie(headers);
  expect(cookie?.value).toBe(token);
  expect(cookie?.attributes).toEqual(
    expect.arrayContaining(['httponly', 'samesite=lax', 'path=/']),
  );
  const expires = cookie?.attributes.find((attribute) => attribute.startsWith('expires='));
  const expiry = Date.parse(expires?.slice('expires='.length) ?? '');
  expect(expiry).toBe((decodeJwt(token).exp ?? 0) * MS_PER_SECOND);
  return cookie;
}

async function revokedToken(gateway: AuthGateway): Promise<string> {
  const token = await gateway.login();
  await gateway.rest('POST', '/logout', { token });
  return token;
}

function expectClearedCookie(headers: Headers) {
  const cookie = tokenCookie(headers);
  expect(cookie?.value).toBe('');
  expect(cookie?.attributes).toEqual(expect.arrayContaining(['max-age=0', 'path=/']));
}

describe('POST /login', () => {
  it('answers the token in the old body and sets it as the cookie', async () => {
    const gateway = await startGateway(config);
    const answer = await gateway.rest(
      'POST',
      '/login',
      {},
      { username: ALICE, password: PASSWORD },
    );

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      status: 'success',
      message: expect.any(String),
      Authorization: expect.any(String),
    });
    const cookie = expectTokenCookie(answer.headers, String(answer.body.Authorization));
    expect(cookie?.attributes).not.toContain('secure');
  });

  it('marks the cookie Secure when COOKIE_SECURE is on', async () => {
    const secure = authConfig({ COOKIE_SECURE: 'true' });
    await addUser(secure);
    const gateway = await startGateway(secure);
    const answer = await gateway.rest(
      'POST',
      '/login',
      {},
      { username: ALICE, password: PASSWORD },
    );
    expect(tokenCookie(answer.headers)?.attributes).toContain('secure');
  });

  it('refuses an unknown user like a wrong password', async () => {
    const gateway = await startGateway(config);
    const answer = await gateway.rest(
      'POST',
      '/login',
      {},
      { username: 'nobody', password: PASSWORD },
    );
    expect([answer.status, answer.body]).toEqual([401, FAIL]);
    expect(tokenCookie(answer.headers)).toBeUndefined();
  });

  it.each([
    ['no password', { username: ALICE }],
    ['no username', { password: PASSWORD }],
    ['a list', [ALICE, PASSWORD]],
    ['a text', 'alice'],
  ])('answers 400 in the old shape for a body with %s', async (_case, body) => {
    const gateway = await startGateway(config);
    const answer = await gateway.rest('POST', '/login', {}, body);
    expect([answer.status, answer.body]).toEqual([400, FAIL]);
  });

  it('answers 400 in the old shape for a body that is not JSON', async () => {
    const gateway = await startGateway(config);
    const response = await fetch(`${gateway.origin}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username": "alice", ',
    });
    expect([response.status, await response.json()]).toEqual([400, FAIL]);
  });
});

describe('POST /logout', () => {
  it('revokes the token and clears the cookie', async () => {
    const gateway = await startGateway(config);
    const token = await gateway.login();
    const answer = await gateway.rest('POST', '/logout', { token });

    expect([answer.status, answer.body]).toEqual([
      200,
      { status: 'success', message: expect.any(String) },
    ]);
    expectClearedCookie(answer.headers);
    expect(await meWith(gateway, token)).toBe('REVOKED');
  });

  it('answers 403 without a token', async () => {
    const gateway = await startGateway(config);
    const answer = await gateway.rest('POST', '/logout');
    expect([answer.status, answer.body]).toEqual([403, FAIL]);
  });

  it.each([
    ['an invalid', async () => 'not.a.token'],
    ['an expired', () => craftToken(claimsFor(ALICE, -(CLOCK_TOLERANCE_SECONDS + 5)))],
    ['a revoked', revokedToken],
  ])('answers 401 for %s token and writes nothing', async (_kind, make) => {
    const gateway = await startGateway(config);
    const token = await make(gateway);
    const before = await revocationCount(config);

    const answer = await gateway.rest('POST', '/logout', { token });
    expect([answer.status, answer.body]).toEqual([401, FAIL]);
    expect(tokenCookie(answer.headers)).toBeUndefined();
    expect(await revocationCount(config)).toBe(before);
  });
});

describe('GET /refresh', () => {
  it('swaps a valid token for a new one, answered as /login answers', async () => {
    const gateway = await startGateway(config);
    const old = await gateway.login();
    const answer = await gateway.rest('GET', '/refresh', { token: old });

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      status: 'success',
      message: expect.any(String),
      Authorization: expect.any(String),
    });
    const fresh = String(answer.body.Authorization);
    expectTokenCookie(answer.headers, fresh);
    expect(await meWith(gateway, old)).toBe('REVOKED');
    expect(await meWith(gateway, fresh)).toBe(ALICE);
  });
  it('is not done by a HEAD request', async () => {
    const gateway = await startGateway(config);
    const token = await gateway.login();
    const head = await fetch(`${gateway.origin}/refresh`, {
      method: 'HEAD',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(head.status).toBe(404);
    expect(await meWith(gateway, token)).toBe(ALICE);
  });
});

describe('the mutations', () => {
  const LOGIN = `mutation ($password: String!) {
    login(username: "alice", password: $password) { token expiresAt }
  }`;

  it('login answers the token and its expiry and sets the cookie', async () => {
    const gateway = await startGateway(config);
    const answer = await gateway.graphql(LOGIN, {}, { password: PASSWORD });
    const login = answer.body.data?.login as { token: string; expiresAt: string };

    expect(answer.body.errors).toBeUndefined();
    expect(Date.parse(login.expiresAt)).toBe((decodeJwt(login.token).exp ?? 0) * MS_PER_SECOND);
    expectTokenCookie(answer.headers, login.token);
    expect(await meWith(gateway, login.token)).toBe(ALICE);
  });

  it('refreshToken swaps the token and sets the cookie', async () => {
    const gateway = await startGateway(config);
    const old = await gateway.login();
    const answer = await gateway.graphql('mutation { refreshToken { token } }', { token: old });
    const refreshed = answer.body.data?.refreshToken as { token: string } | undefined;
    const fresh = refreshed?.token ?? '';

    expectTokenCookie(answer.headers, fresh);
    expect(await meWith(gateway, old)).toBe('REVOKED');
    expect(await meWith(gateway, fresh)).toBe(ALICE);
  });

  it('logout revokes the token and clears the cookie', async () => {
    const gateway = await startGateway(config);
    const token = await gateway.login();
    const answer = await gateway.graphql('mutation { logout }', { cookie: token });

    expect(answer.body).toEqual({ data: { logout: true } });
    expectClearedCookie(answer.headers);
    expect(await meWith(gateway, token)).toBe('REVOKED');
  });

  it('logout and refreshToken refuse a missing or expired token, writing nothing', async () => {
    const gateway = await startGateway(config);
    const expired = await craftToken(claimsFor(ALICE, -(CLOCK_TOLERANCE_SECONDS + 5)));
    const before = await revocationCount(config);

    for (const [token, reason] of [
      [undefined, 'MISSING'],
      [expired, 'EXPIRED'],
    ] as const) {
      const answer = await gateway.graphql('mutation { logout refreshToken { token } }', { token });
      expect(answer.body.data).toEqual({ logout: null, refreshToken: null });
      expect(answer.body.errors?.map((error) => error.extensions)).toEqual([
        { code: 'UNAUTHENTICATED', reason },
        { code: 'UNAUTHENTICATED', reason },
      ]);
    }
    expect(await revocationCount(config)).toBe(before);
  });
});

describe('any other REST route', () => {
  it('answers 401 in the old shape without a valid token', async () => {
    const gateway = await startGateway(config);
    const expired = await craftToken(claimsFor(ALICE, -(CLOCK_TOLERANCE_SECONDS + 5)));
    for (const carrier of [{}, { token: expired }, { token: 'garbage' }]) {
      const answer = await gateway.rest('GET', '/tags.csv', carrier);
      expect([answer.status, answer.body]).toEqual([401, FAIL]);
    }
    const found = await gateway.rest('GET', '/tags.csv', { cookie: await gateway.login() });
    expect(found.status).toBe(404);
  });
});
