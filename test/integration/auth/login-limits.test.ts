import { describe, expect, it } from 'vitest';
import {
  ALICE,
  type AuthGateway,
  addUser,
  authConfig,
  PASSWORD,
  startGateway,
} from './auth-gateway.js';

const WINDOW_SECONDS = 2;
const MS_PER_SECOND = 1_000;
const LOGIN = `mutation ($username: String!, $password: String!) {
  login(username: $username, password: $password) { token }
}`;

function restLogin(gateway: AuthGateway, password: string, headers: Record<string, string> = {}) {
  return fetch(`${gateway.origin}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username: ALICE, password }),
  });
}

function graphqlLogin(gateway: AuthGateway, username: string, password: string) {
  return gateway.graphql(LOGIN, {}, { username, password });
}

/** A gateway with small limits, and users alice, bob and carol. */
async function limited(env: Record<string, string> = {}): Promise<AuthGateway> {
  const config = authConfig({ LOGIN_LIMIT_WINDOW_SECONDS: String(WINDOW_SECONDS), ...env });
  for (const username of [ALICE, 'bob', 'carol']) await addUser(config, username);
  return startGateway(config);
}

describe('failed logins', () => {
  it('refuse the sixth with 429, even with the right password, until the window ends', async () => {
    const gateway = await limited();
    // Five failures, counted alike over REST and GraphQL.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await restLogin(gateway, 'wrong password')).status).toBe(401);
    }
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const answer = await graphqlLogin(gateway, ALICE, 'wrong password');
      expect(answer.body.errors?.[0]?.extensions?.reason).toBe('INVALID_CREDENTIALS');
    }

    const rest = await restLogin(gateway, PASSWORD);
    expect([rest.status, await rest.json()]).toEqual([
      429,
      { status: 'fail', message: expect.any(String) },
    ]);
    const retryAfter = Number(rest.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);

    const graphql = await graphqlLogin(gateway, ALICE, PASSWORD);
    expect(graphql.status).toBe(429);
    expect(graphql.headers.get('retry-after')).not.toBeNull();
    expect(graphql.body.data).toEqual({ login: null });
    expect(graphql.body.errors?.[0]?.extensions).toEqual({
      code: 'RATE_LIMITED',
      retryAfter: expect.any(Number),
    });

    await new Promise((resolve) => setTimeout(resolve, retryAfter * MS_PER_SECOND + 200));
    expect((await restLogin(gateway, PASSWORD)).status).toBe(200);
  });

  it('are counted per client address across usernames', async () => {
    const gateway = await limited({ LOGIN_LIMIT_PER_ADDRESS: '3' });
    for (const username of [ALICE, 'bob', 'carol']) {
      await graphqlLogin(gateway, username, 'wrong password');
    }
    const answer = await graphqlLogin(gateway, 'bob', PASSWORD);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('take the address from X-Forwarded-For only behind a trusted proxy', async () => {
    const forwardedFrom = (address: string) => ({ 'x-forwarded-for': address });
    const untrusted = await limited({ LOGIN_LIMIT_PER_ADDRESS: '1' });
    await restLogin(untrusted, 'wrong password', forwardedFrom('192.0.2.1'));
    expect((await restLogin(untrusted, PASSWORD, forwardedFrom('192.0.2.2'))).status).toBe(429);

    const trusted = await limited({ LOGIN_LIMIT_PER_ADDRESS: '1', TRUST_PROXY: 'true' });
    await restLogin(trusted, 'wrong password', forwardedFrom('192.0.2.1'));
    expect((await restLogin(trusted, PASSWORD, forwardedFrom('192.0.2.2'))).status).toBe(200);
  });
});
