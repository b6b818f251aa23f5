import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type JWTPayload, SignJWT } from 'jose';
import { afterEach } from 'vitest';
import { type AuthService, openAuthStore, STORE_FILE } from '../../../src/auth/index.js';
import { tokenSigningKey } from '../../../src/auth/token-issuer.js';
import type { Config } from '../../../src/config/index.js';
import { createGateway } from '../../../src/server/app.js';
import { testConfig, testMapping } from '../../support/datasets.js';
import { FAST_SCRYPT, PASSWORD, rawQuery } from '../../unit/auth/support.js';
import type { GraphqlAnswer } from '../../unit/graphql/gateway-harness.js';

export { PASSWORD } from '../../unit/auth/support.js';
export { codes, type GraphqlAnswer } from '../../unit/graphql/gateway-harness.js';

/** The secret every gateway of these tests is configured with. */
export const SECRET = 'an-integration-test-secret-long-enough-for-production';
/** The user the tests log in as. */
export const ALICE = 'alice';

/**
 * Settings for one test file: a user store in a folder of its own, SECRET pinned, keyspaces
 * that do not exist (the auth tests read no chain data).
 */
export function authConfig(env: Record<string, string> = {}): Config {
  return testConfig(testMapping('auth'), { SECRET_KEY: SECRET, ...env });
}

/** How a request carries its token: a Bearer header, the cookie, or nothing. */
export interface Carrier {
  token?: string;
  cookie?: string;
}

/** An HTTP answer with its JSON body. */
export interface Answer<Body = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: Body;
}

/** A gateway listening on a free port of 127.0.0.1, and requests to it over HTTP. */
export class AuthGateway {
  constructor(
    readonly app: FastifyInstance,
    readonly origin: string,
  ) {}

  /** A REST request; `json` is sent as the body. */
  async rest(method: string, path: string, carrier: Carrier = {}, json?: unknown) {
    const headers: Record<string, string> = headersFor(carrier);
    if (json !== undefined) headers['content-type'] = 'application/json';
    const body = json === undefined ? undefined : JSON.stringify(json);
    const response = await fetch(`${this.origin}${path}`, { method, headers, body });
    return answerOf<Record<string, unknown>>(response);
  }

  /** A GraphQL document posted to /graphql. */
  async graphql(source: string, carrier: Carrier = {}, variables?: Record<string, unknown>) {
    const headers = { 'content-type': 'application/json', ...headersFor(carrier) };
    const response = await fetch(`${this.origin}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: source, variables }),
    });
    return answerOf<GraphqlAnswer>(response);
  }

  /** Logs in over POST /login; fails the test unless it succeeds. */
  async login(username = ALICE, password = PASSWORD): Promise<string> {
    const answer = await this.rest('POST', '/login', {}, { username, password });
    const token = answer.body.Authorization;
    if (answer.status !== 200 || typeof token !== 'string') {
      throw new Error(`login failed with ${answer.status}`);
    }
    return token;
  }
}

const started: FastifyInstance[] = [];

afterEach(async () => {
  for (const app of started.splice(0)) await app.close();
});

/**
 * Starts a gateway on `config` (closed after the test). It opens the user store of the
 * configured folder itself, with cheap password hashes, unless a service is given.
 */
export async function startGateway(config: Config, auth?: AuthService): Promise<AuthGateway> {
  const authStore = { scrypt: FAST_SCRYPT };
  const app = await createGateway({ config, auth, authStore, logger: false });
  started.push(app);
  const origin = await app.listen({ host: '127.0.0.1', port: 0 });
  return new AuthGateway(app, origin);
}

/** Adds a user to the store of `config`, as `users add` does, unless it exists. */
export async function addUser(config: Config, username = ALICE, password = PASSWORD) {
  await withStore(config, async (store) => {
    if ((await store.users.find(username)) === undefined) await store.users.add(username, password);
  });
}

/** Removes a user from the store of `config`, as `users remove` does. */
export async function removeUser(config: Config, username: string) {
  await withStore(config, (store) => store.users.remove(username));
}

/** How many revocations the store of `config` holds, read through a connection of its own. */
export async function revocationCount(config: Config): Promise<number> {
  const path = join(config.auth.dataDir, STORE_FILE);
  const [row] = await rawQuery<{ count: number }>(path, 'SELECT COUNT(*) AS count FROM revoked');
  return row?.count ?? 0;
}

async function withStore<T>(
  config: Config,
  work: (store: Awaited<ReturnType<typeof openAuthStore>>) => Promise<T>,
): Promise<T> {
  const store = await openAuthStore(config.auth.dataDir, { scrypt: FAST_SCRYPT });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** The `Authorization` cookie an answer sets, with its attributes in lower case. */
export function tokenCookie(headers: Headers) {
  const line = headers.getSetCookie().find((cookie) => cookie.startsWith('Authorization='));
  if (line === undefined) return undefined;
  const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
  return {
    value: decodeURIComponent(pair.slice('Authorization='.length)),
    attributes: attributes.map((attribute) => attribute.toLowerCase()),
  };
}

const now = () => Math.floor(Date.now() / 1_000);

/** Claims as the gateway issues them, for `username`, expiring in `seconds`. */
export function claimsFor(username: string, seconds: number): JWTPayload {
  return { sub: username, iat: now(), exp: now() + seconds, jti: randomUUID() };
}

/** A token with the claims and algorithm given, signed with the key of `secret`. */
export function craftToken(claims: JWTPayload, alg = 'HS256', secret = SECRET): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg }).sign(tokenSigningKey(secret));
}

/** A token with `alg: none` and no signature. */
export function unsignedToken(claims: JWTPayload): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

function headersFor(carrier: Carrier): Record<string, string> {
  const headers: Record<string, string> = {};
  if (carrier.token !== undefined) headers.authorization = `Bearer ${carrier.token}`;
  if (carrier.cookie !== undefined) headers.cookie = `Authorization=${carrier.cookie}`;
  return headers;
}

async function answerOf<Body>(response: Response): Promise<Answer<Body>> {
  const body = (await response.json()) as Body;
  return { status: response.status, headers: response.headers, body };
}
