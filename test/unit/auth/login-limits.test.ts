import { describe, expect, it } from 'vitest';
import type { LoginLimits } from '../../../src/auth/index.js';
import { LoginLimiter } from '../../../src/auth/login-limiter.js';
import { CLIENT, openService, PASSWORD, tempDir } from './support.js';

const WRONG = 'not the password';

async function serviceWith(limits: LoginLimits, usernames: string[] = ['alice']) {
  const service = await openService(tempDir(), { loginLimits: limits });
  for (const username of usernames) await service.store.users.add(username, PASSWORD);
  return service;
}

describe('failed logins', () => {
  it('limit a username: the sixth attempt is refused even with the right password', async () => {
    const service = await serviceWith({ perUser: 5, perAddress: 20, windowSeconds: 900 });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(await service.login('alice', WRONG, CLIENT)).toEqual({
        ok: false,
        reason: 'INVALID_CREDENTIALS',
      });
    }

    const refused = await service.login('alice', PASSWORD, CLIENT);
    if (refused.ok || refused.reason !== 'RATE_LIMITED') throw new Error('not rate limited');
    expect(refused.retryAfterSeconds).toBeGreaterThan(890);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(900);
  });

  it('stop counting once the window has passed', async () => {
    const service = await serviceWith({ perUser: 2, perAddress: 20, windowSeconds: 1 });
    await service.login('alice', WRONG, CLIENT);
    await service.login('alice', WRONG, CLIENT);
    expect(await service.login('alice', PASSWORD, CLIENT)).toMatchObject({
      reason: 'RATE_LIMITED',
      retryAfterSeconds: 1,
    });

    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await service.login('alice', PASSWORD, CLIENT)).toMatchObject({ ok: true });
  });

  it('start afresh for the username after a success', async () => {
    const service = await serviceWith({ perUser: 3, perAddress: 20, windowSeconds: 900 });
    for (let round = 0; round < 3; round += 1) {
      await service.login('alice', WRONG, CLIENT);
      await service.login('alice', WRONG, CLIENT);
      expect(await service.login('alice', PASSWORD, CLIENT)).toMatchObject({ ok: true });
    }
  });

  it('limit a client address across usernames, not other addresses', async () => {
    const users = ['alice', 'bob', 'carol', 'dave'];
    const service = await serviceWith({ perUser: 5, perAddress: 3, windowSeconds: 900 }, users);
    for (const username of users.slice(0, 3)) await service.login(username, WRONG, CLIENT);

    expect(await service.login('dave', PASSWORD, CLIENT)).toMatchObject({
      reason: 'RATE_LIMITED',
    });
    expect(await service.login('dave', PASSWORD, '198.51.100.7')).toMatchObject({ ok: true });
  });

  it('count unknown usernames like known ones', async () => {
    const service = await serviceWith({ perUser: 2, perAddress: 20, windowSeconds: 900 });
    await service.login('ghost', WRONG, CLIENT);
    await service.login('ghost', WRONG, CLIENT);
    expect(await service.login('ghost', WRONG, CLIENT)).toMatchObject({ reason: 'RATE_LIMITED' });
  });

  it('cannot be multiplied by guessing in parallel', async () => {
    const service = await serviceWith({ perUser: 5, perAddress: 100, windowSeconds: 900 });
    const results = await Promise.all(
      Array.from({ length: 20 }, () => service.login('alice', WRONG, CLIENT)),
    );
    const reasons = results.map((result) => (result.ok ? 'ok' : result.reason));
    expect(reasons.filter((reason) => reason === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(reasons.filter((reason) => reason === 'RATE_LIMITED')).toHaveLength(15);
  });

  it('are counted per service, so separate gateways do not share counts', async () => {
    const limits = { perUser: 1, perAddress: 20, windowSeconds: 900 };
    const first = await serviceWith(limits);
    const second = await serviceWith(limits);
    await first.login('alice', WRONG, CLIENT);
    expect(await first.login('alice', PASSWORD, CLIENT)).toMatchObject({
      reason: 'RATE_LIMITED',
    });
    expect(await second.login('alice', PASSWORD, CLIENT)).toMatchObject({ ok: true });
  });
});

describe('the login limiter', () => {
  it('does not count attempts that were abandoned', async () => {
    const limiter = new LoginLimiter({ perUser: 1, perAddress: 1, windowSeconds: 900 });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const started = await limiter.begin('alice', CLIENT);
      expect(typeof started).toBe('object');
      if (typeof started === 'object') await limiter.abandoned(started);
    }
  });

  it('does not count refused attempts', async () => {
    const limiter = new LoginLimiter({ perUser: 1, perAddress: 5, windowSeconds: 900 });
    await limiter.begin('alice', CLIENT);
    expect(await limiter.begin('alice', CLIENT)).toBeGreaterThan(0);
    expect(await limiter.begin('alice', CLIENT)).toBeGreaterThan(0);
    // The address took one point (the failure); the refusals took none back.
    for (const username of ['b', 'c', 'd', 'e']) {
      expect(typeof (await limiter.begin(username, CLIENT))).toBe('object');
    }
    expect(await limiter.begin('f', CLIENT)).toBeGreaterThan(0);
  });
});
