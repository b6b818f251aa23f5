import { describe, expect, it } from 'vitest';
import type { AuthService } from '../../../src/auth/index.js';
import { CLIENT, openService, PASSWORD, tempDir } from './support.js';

const SESSIONS = 200;
const GENEROUS = { perUser: 10_000, perAddress: 10_000, windowSeconds: 900 };

/** Logs in and straight out again; answers the token that was logged out. */
async function session(service: AuthService): Promise<string> {
  const login = await service.login('alice', PASSWORD, CLIENT);
  if (!login.ok) throw new Error(`login refused: ${login.reason}`);
  const logout = await service.logout(login.issued.token);
  if (!logout.ok) throw new Error(`logout refused: ${logout.reason}`);
  return login.issued.token;
}

describe('200 concurrent logins and logouts', () => {
  it('cause no store error, and every logged-out token is refused afterwards', async () => {
    const dir = tempDir();
    // Two services on one file stand for two processes: two connections contend for it.
    const first = await openService(dir, { loginLimits: GENEROUS });
    const second = await openService(dir, { loginLimits: GENEROUS });
    await first.store.users.add('alice', PASSWORD);

    const tokens = await Promise.all(
      Array.from({ length: SESSIONS }, (_, index) => session(index % 2 ? first : second)),
    );

    expect(new Set(tokens).size).toBe(SESSIONS);
    const checks = await Promise.all(tokens.map((token) => first.authenticate(token)));
    expect(checks.every((check) => !check.ok && check.reason === 'REVOKED')).toBe(true);
  });
});
