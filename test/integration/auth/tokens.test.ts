import { beforeAll, describe, expect, it } from 'vitest';
import { CLOCK_TOLERANCE_SECONDS } from '../../../src/auth/index.js';
import type { Config } from '../../../src/config/index.js';
import {
  ALICE,
  type AuthGateway,
  addUser,
  authConfig,
  type Carrier,
  claimsFor,
  codes,
  craftToken,
  removeUser,
  startGateway,
  unsignedToken,
} from './auth-gateway.js';

const ME = '{ me { username } }';

let config: Config;
beforeAll(async () => {
  config = authConfig();
  await addUser(config);
});

/** The `extensions` of the one error of `{ me }`, which must be null. */
async function refusalOfMe(gateway: AuthGateway, carrier: Carrier) {
  const answer = await gateway.graphql(ME, carrier);
  expect(answer.body.data).toEqual({ me: null });
  expect(answer.body.errors).toHaveLength(1);
  return answer.body.errors?.[0]?.extensions;
}

describe('a login', () => {
  it('answers a token that opens the protected fields', async () => {
    const gateway = await startGateway(config);
    const token = await gateway.login();
    const answer = await gateway.graphql(ME, { token });
    expect(answer.body).toEqual({ data: { me: { username: ALICE } } });
  });

  it('with a wrong password is refused over REST and GraphQL', async () => {
    const gateway = await startGateway(config);
    const rest = await gateway.rest('POST', '/login', {}, { username: ALICE, password: 'wrong!' });
    expect(rest.status).toBe(401);
    expect(rest.body).toEqual({ status: 'fail', message: expect.any(String) });

    const graphql = await gateway.graphql(
      'mutation ($password: String!) { login(username: "alice", password: $password) { token } }',
      {},
      { password: 'wrong!' },
    );
    expect(graphql.body.data).toEqual({ login: null });
    expect(graphql.body.errors?.[0]?.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_CREDENTIALS',
    });
  });
});

/** Makes the token of one case with a running gateway; undefined sends none. */
type TokenMaker = (gateway: AuthGateway) => Promise<string | undefined>;

const withoutExpiry = async () => {
  const { exp: _exp, ...claims } = claimsFor(ALICE, 600);
  return craftToken(claims);
};

const loggedOut: TokenMaker = async (gateway) => {
  const token = await gateway.login();
  expect((await gateway.rest('POST', '/logout', { token })).status).toBe(200);
  return token;
};

const refreshed: TokenMaker = async (gateway) => {
  const token = await gateway.login();
  expect((await gateway.rest('GET', '/refresh', { token })).status).toBe(200);
  return token;
};

const ofRemovedUser: TokenMaker = async (gateway) => {
  await addUser(config, 'carol');
  const token = await gateway.login('carol');
  await removeUser(config, 'carol');
  return token;
};

const REFUSED: Array<[string, TokenMaker, string]> = [
  ['none', async () => undefined, 'MISSING'],
  ['a malformed one', async () => 'not.a.token', 'INVALID'],
  [
    'one signed with another secret',
    () => craftToken(claimsFor(ALICE, 600), 'HS256', 'x'.repeat(40)),
    'INVALID',
  ],
  ['one with alg none', async () => unsignedToken(claimsFor(ALICE, 600)), 'INVALID'],
  ['one of another algorithm', () => craftToken(claimsFor(ALICE, 600), 'HS512'), 'INVALID'],
  ['one without expiry', withoutExpiry, 'INVALID'],
  [
    'one expired beyond the clock tolerance',
    () => craftToken(claimsFor(ALICE, -(CLOCK_TOLERANCE_SECONDS + 5))),
    'EXPIRED',
  ],
  ['one revoked by logout', loggedOut, 'REVOKED'],
  ['one replaced by refresh', refreshed, 'REVOKED'],
  ['one of a removed user', ofRemovedUser, 'REVOKED'],
];

describe('a request with a token', () => {
  it.each(REFUSED)('refuses %s with reason %s', async (_case, make, reason) => {
    const gateway = await startGateway(config);
    const token = await make(gateway);

    expect(await refusalOfMe(gateway, { token })).toEqual({ code: 'UNAUTHENTICATED', reason });
    const refresh = await gateway.rest('GET', '/refresh', { token });
    expect(refresh.status).toBe(401);
    expect(refresh.body).toEqual({ status: 'fail', message: expect.any(String) });
  });

  it('refuses a logged-out token after the gateway restarts', async () => {
    const first = await startGateway(config);
    const token = await first.login();
    await first.rest('POST', '/logout', { token });
    await first.app.close();

    const second = await startGateway(config);
    expect(await refusalOfMe(second, { token })).toMatchObject({ reason: 'REVOKED' });
    const fresh = await second.login();
    expect((await second.graphql(ME, { token: fresh })).body.data).toEqual({
      me: { username: ALICE },
    });
  });

  it('is served with only the cookie, over GraphQL and REST', async () => {
    const gateway = await startGateway(config);
    const token = await gateway.login();
    expect((await gateway.graphql(ME, { cookie: token })).body.data).toEqual({
      me: { username: ALICE },
    });

    const refresh = await gateway.rest('GET', '/refresh', { cookie: token });
    expect(refresh.status).toBe(200);
    const logout = await gateway.rest('POST', '/logout', {
      cookie: String(refresh.body.Authorization),
    });
    expect(logout.status).toBe(200);
  });

  it('is read from the cookie first, then the Bearer header, then a bare header', async () => {
    const gateway = await startGateway(config);
    const revoked = await loggedOut(gateway);
    const valid = await gateway.login();

    expect(await refusalOfMe(gateway, { cookie: revoked, token: valid })).toMatchObject({
      reason: 'REVOKED',
    });
    const bare = await fetch(`${gateway.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: valid },
      body: JSON.stringify({ query: ME }),
    });
    expect(await bare.json()).toEqual({ data: { me: { username: ALICE } } });
  });
});

describe('a document mixing public and protected fields', () => {
  it('answers the public ones and refuses each protected one without a token', async () => {
    const gateway = await startGateway(config);
    const answer = await gateway.graphql(`{
      currencies { code }
      me { username }
      address(currency: "btc", address: "1HxbaBMF2jXBVnagoHvaA6rLxmaYL8gb8T") { id }
      taxonomies { key }
    }`);
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({
      currencies: [{ code: 'btc' }],
      me: null,
      address: null,
      taxonomies: null,
    });
    expect(codes(answer.body)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(answer.body.errors?.map((error) => error.path?.[0]).sort()).toEqual([
      'address',
      'me',
      'taxonomies',
    ]);
  });
});
