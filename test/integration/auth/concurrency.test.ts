import { describe, expect, it } from 'vitest';
import { type AuthGateway, addUser, authConfig, startGateway } from './auth-gateway.js';

const SESSIONS = 200;
/** Limits no session of this test reaches: attempts in progress count towards them. */
const GENEROUS = { LOGIN_LIMIT_PER_USER: '10000', LOGIN_LIMIT_PER_ADDRESS: '10000' };

/** Logs in and straight out again, half over REST and half over GraphQL. */
async function session(gateway: AuthGateway, index: number): Promise<string> {
  const token = await gateway.login();
  if (index % 2 === 0) {
    const answer = await gateway.rest('POST', '/logout', { token });
    expect(answer.status).toBe(200);
  } else {
    const answer = await gateway.graphql('mutation { logout }', { cookie: token });
    expect(answer.body).toEqual({ data: { logout: true } });
  }
  return token;
}

describe(`${SESSIONS} concurrent logins and logouts over HTTP`, () => {
  it('cause no store error, and every logged-out token is refused afterwards', async () => {
    const config = authConfig(GENEROUS);
    await addUser(config);
    const gateway = await startGateway(config);

    const sessions = Array.from({ length: SESSIONS }, (_, index) => session(gateway, index));
    const tokens = await Promise.all(sessions);
    expect(new Set(tokens).size).toBe(SESSIONS);

    const checks = await Promise.all(
      tokens.map((token) => gateway.graphql('{ me { username } }', { token })),
    );
    const reasons = new Set(checks.map((check) => check.body.errors?.[0]?.extensions?.reason));
    expect([...reasons]).toEqual(['REVOKED']);
  });
});
