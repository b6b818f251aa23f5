import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/index.js';
import { loggerOptions } from '../../../src/server/logger.js';
import { PASSWORD } from '../auth/support.js';
import { keyspacesOnly } from './fake-executor.js';
import { DEFAULT_KEYSPACES, TEST_USER, type TestGateway, testGateway } from './gateway-harness.js';

const ALLOWED = 'https://dashboard.example.org';
const OTHER = 'https://elsewhere.example.net';

let gateway: TestGateway | undefined;
afterEach(async () => {
  await gateway?.app.close();
  gateway = undefined;
});

async function start(env: Record<string, string> = {}): Promise<TestGateway> {
  gateway = await testGateway(keyspacesOnly(DEFAULT_KEYSPACES), env);
  return gateway;
}

function preflight(app: TestGateway['app'], origin: string, url = '/graphql') {
  return app.inject({
    method: 'OPTIONS',
    url,
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, authorization',
    },
  });
}

describe('CSRF prevention', () => {
  it('refuses a GET query without a preflight-forcing header', async () => {
    const { app } = await start();
    const simple = await app.inject({ url: '/graphql?query={currencies{code}}' });
    expect(simple.statusCode).toBe(400);

    const marked = await app.inject({
      url: '/graphql?query={currencies{code}}',
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(marked.json()).toEqual({ data: { currencies: [{ code: 'btc' }] } });
  });

  it('refuses a POST as a form would send it', async () => {
    const { app } = await start();
    const answer = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify({ query: '{ currencies { code } }' }),
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.body).not.toContain('"data"');
  });
});

describe('CORS', () => {
  it('allows no origin without CORS_ORIGINS', async () => {
    const { app } = await start();
    const answer = await preflight(app, ALLOWED);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows the listed origins with credentials, and no other', async () => {
    const { app } = await start({ CORS_ORIGINS: ALLOWED });
    for (const url of ['/graphql', '/login', '/csv/tags']) {
      const allowed = await preflight(app, ALLOWED, url);
      expect(allowed.statusCode).toBe(204);
      expect(allowed.headers['access-control-allow-origin']).toBe(ALLOWED);
      expect(allowed.headers['access-control-allow-credentials']).toBe('true');
    }
    const other = await preflight(app, OTHER);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('lets any origin call without credentials for a wildcard in development', async () => {
    const { app } = await start({ CORS_ORIGINS: '*' });
    const answer = await preflight(app, OTHER);
    expect(answer.headers['access-control-allow-origin']).toBe('*');
    expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
  });
});

describe('REST routes', () => {
  it('refuse an unknown route without a token, and do not find it with one', async () => {
    const { app, token } = await start();
    const anonymous = await app.inject({ url: '/csv/tags' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toEqual({ status: 'fail', message: expect.any(String) });

    const found = await app.inject({
      url: '/csv/tags',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(found.statusCode).toBe(404);
    expect(found.json()).toMatchObject({ status: 'fail' });
  });

  it('answer 503 when the user store cannot be read', async () => {
    const { app, auth, token } = await start();
    await auth.store.close();
    const answer = await app.inject({
      url: '/csv/tags',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(answer.statusCode).toBe(503);
    expect(answer.json()).toMatchObject({ status: 'fail' });
  });
});

describe('logs', () => {
  it('redact the authorization header, the cookie and the cookie set', () => {
    const lines: string[] = [];
    const { config } = loadConfig({ env: {} });
    const log = pino(loggerOptions(config), { write: (line: string) => lines.push(line) });
    log.info({
      req: { headers: { authorization: 'Bearer tok3n', cookie: 'Authorization=tok3n' } },
      res: { headers: { 'set-cookie': 'Authorization=tok3n; HttpOnly' } },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('tok3n');
  });

  it('hold no token or password of a login and a query', async () => {
    const { app, logs } = await start();
    const login = await app.inject({
      method: 'POST',
      url: '/login',
      payload: { username: TEST_USER, password: PASSWORD },
    });
    const token: string = login.json().Authorization;
    await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { cookie: `Authorization=${token}` },
      payload: { query: '{ me { username } }' },
    });

    const text = JSON.stringify(logs);
    expect(logs.length).toBeGreaterThan(0);
    expect(text).not.toContain(token);
    expect(text).not.toContain(PASSWORD);
  });
});
