import { afterEach, describe, expect, it } from 'vitest';
import { type AuthService, openAuthService } from '../../../src/auth/index.js';
import { FAST_SCRYPT } from '../../unit/auth/support.js';
import { ALICE, addUser, authConfig, codes, PASSWORD, startGateway } from './auth-gateway.js';

const FAIL = { status: 'fail', message: expect.any(String) };

let service: AuthService | undefined;
afterEach(async () => {
  await service?.close().catch(() => undefined);
  service = undefined;
});

/** A running gateway, a valid token, and the gateway's user store closed underneath. */
async function brokenStore() {
  const config = authConfig();
  await addUser(config);
  service = await openAuthService(config, { scrypt: FAST_SCRYPT });
  const gateway = await startGateway(config, service);
  const token = await gateway.login();

  // The SQLite connections close: every read and write of the store fails from now on.
  await service.store.close();
  return { gateway, token };
}

describe('a user store whose reads fail while the gateway runs', () => {
  it('makes a protected field SERVICE_UNAVAILABLE for a valid token, never data', async () => {
    const { gateway, token } = await brokenStore();
    const answer = await gateway.graphql('{ currencies { code } me { username } }', { token });
    expect(answer.body.data).toEqual({ currencies: [{ code: 'btc' }], me: null });
    expect(codes(answer.body)).toEqual(['SERVICE_UNAVAILABLE']);
  });

  it('makes REST routes answer 503 in the old shape', async () => {
    const { gateway, token } = await brokenStore();
    const requests = [
      gateway.rest('GET', '/tags.csv', { token }),
      gateway.rest('GET', '/refresh', { token }),
      gateway.rest('POST', '/logout', { token }),
      gateway.rest('POST', '/login', {}, { username: ALICE, password: PASSWORD }),
    ];
    for (const answer of await Promise.all(requests)) {
      expect([answer.status, answer.body]).toEqual([503, FAIL]);
    }
  });

  it('makes the login mutation SERVICE_UNAVAILABLE', async () => {
    const { gateway } = await brokenStore();
    const answer = await gateway.graphql(
      'mutation ($password: String!) { login(username: "alice", password: $password) { token } }',
      {},
      { password: PASSWORD },
    );
    expect(answer.body.data).toEqual({ login: null });
    expect(codes(answer.body)).toEqual(['SERVICE_UNAVAILABLE']);
  });
});
