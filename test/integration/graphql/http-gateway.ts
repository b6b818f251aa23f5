import type { FastifyInstance } from 'fastify';
import { openAuthStore } from '../../../src/auth/index.js';
import type { Executor } from '../../../src/cassandra/client.js';
import type { Config } from '../../../src/config/index.js';
import { createGateway } from '../../../src/server/app.js';
import { FAST_SCRYPT, PASSWORD } from '../../unit/auth/support.js';
import type { GraphqlAnswer } from '../../unit/graphql/gateway-harness.js';

export { codes } from '../../unit/graphql/gateway-harness.js';

/** The user the GraphQL tests log in as. */
export const ANALYST = 'analyst';

export interface HttpGateway {
  app: FastifyInstance;
  /** The token of the one login, over POST /login. */
  token: string;
  /** Posts a document to /graphql over HTTP with the token, or with the one given (null: none). */
  query(
    source: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphqlAnswer>;
  /** The answer's data, failing the test on any error. */
  data<T = Record<string, unknown>>(
    source: string,
    variables?: Record<string, unknown>,
  ): Promise<T>;
}

/**
 * The gateway listening on a free port of 127.0.0.1, with ANALYST added to the user store of
 * the configured data folder and logged in once. Without an executor it makes its own driver
 * client from the configuration, as `serve` does.
 */
export async function startHttpGateway(config: Config, executor?: Executor): Promise<HttpGateway> {
  await addAnalyst(config.auth.dataDir);
  const authStore = { scrypt: FAST_SCRYPT };
  const app = await createGateway({ config, executor, authStore, logger: false });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const token = await logIn(address);

  const query = async (
    source: string,
    variables?: Record<string, unknown>,
    as: string | null = token,
  ) => {
    const authorization: Record<string, string> =
      as === null ? {} : { authorization: `Bearer ${as}` };
    const response = await fetch(`${address}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authorization },
      body: JSON.stringify({ query: source, variables }),
    });
    return (await response.json()) as GraphqlAnswer;
  };
  const data = async <T>(source: string, variables?: Record<string, unknown>) => {
    const answer = await query(source, variables);
    if (answer.errors !== undefined) throw new Error(JSON.stringify(answer.errors));
    return answer.data as T;
  };
  return { app, token, query, data };
}

async function addAnalyst(dataDir: string): Promise<void> {
  const store = await openAuthStore(dataDir, { scrypt: FAST_SCRYPT });
  try {
    if ((await store.users.find(ANALYST)) === undefined) await store.users.add(ANALYST, PASSWORD);
  } finally {
    await store.close();
  }
}

async function logIn(address: string): Promise<string> {
  const response = await fetch(`${address}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: ANALYST, password: PASSWORD }),
  });
  const body = (await response.json()) as { Authorization?: string };
  if (response.status !== 200 || body.Authorization === undefined) {
    throw new Error(`the test user cannot log in: ${response.status}`);
  }
  return body.Authorization;
}
