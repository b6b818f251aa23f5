import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { type AuthService, openAuthService } from '../../../src/auth/index.js';
import { loadConfig } from '../../../src/config/index.js';
import { createGateway } from '../../../src/server/app.js';
import { loggerOptions } from '../../../src/server/logger.js';
import { FAST_SCRYPT, PASSWORD } from '../auth/support.js';
import { type Answer, fakeExecutor, type RecordedQuery } from './fake-executor.js';

/** The default mapping's keyspaces. */
export const DEFAULT_KEYSPACES = ['tagpacks', 'btc_raw', 'btc_transformed'];

/** The user every test gateway has, logged in once. */
export const TEST_USER = 'analyst';

/** A GraphQL answer as JSON. */
export interface GraphqlAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestGateway {
  app: FastifyInstance;
  calls: RecordedQuery[];
  /** The structured log lines, parsed. */
  logs: Record<string, unknown>[];
  /** The gateway's accounts and tokens, over a store in a fresh folder. */
  auth: AuthService;
  /** A token of TEST_USER. */
  token: string;
  /** Posts a document with TEST_USER's token, or with the token given (null: none). */
  query(source: string, token?: string | null): Promise<GraphqlAnswer>;
}

/**
 * The gateway in-process over a fake executor, configured by environment-style settings,
 * with a user store in a fresh folder holding TEST_USER.
 */
export async function testGateway(answer: Answer, env: Record<string, string> = {}) {
  const { config } = loadConfig({
    env: { DATA_DIR: mkdtempSync(join(tmpdir(), 'gsg-graphql-')), ...env },
  });
  const { executor, calls } = fakeExecutor(answer);
  const logs: Record<string, unknown>[] = [];
  const write = (line: string) => logs.push(JSON.parse(line));
  const logger = pino({ ...loggerOptions(config), level: 'info' }, { write });
  const auth = await openAuthService(config, { scrypt: FAST_SCRYPT });
  const app = await createGateway({ config, executor, logger, auth });
  app.addHook('onClose', () => auth.close());

  await auth.store.users.add(TEST_USER, PASSWORD);
  const login = await auth.login(TEST_USER, PASSWORD, '127.0.0.1');
  if (!login.ok) throw new Error(`the test user cannot log in: ${login.reason}`);
  const token = login.issued.token;

  const query = async (source: string, as: string | null = token): Promise<GraphqlAnswer> => {
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: as === null ? {} : { authorization: `Bearer ${as}` },
      payload: { query: source },
    });
    return response.json();
  };
  return { app, calls, logs, auth, token, query } satisfies TestGateway;
}

/** The `extensions.code` of each error, in order. */
export function codes(answer: GraphqlAnswer): unknown[] {
  return (answer.errors ?? []).map((error) => error.extensions?.code);
}
