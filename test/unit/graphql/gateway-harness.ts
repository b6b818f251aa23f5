import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { loadConfig } from '../../../src/config/index.js';
import { createGateway } from '../../../src/server/app.js';
import { type Answer, fakeExecutor, type RecordedQuery } from './fake-executor.js';

/** The default mapping's keyspaces. */
export const DEFAULT_KEYSPACES = ['tagpacks', 'btc_raw', 'btc_transformed'];

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
  query(source: string): Promise<GraphqlAnswer>;
}

/** The gateway in-process over a fake executor, configured by environment-style settings. */
export async function testGateway(answer: Answer, env: Record<string, string> = {}) {
  const { config } = loadConfig({
    env: { DATA_DIR: mkdtempSync(join(tmpdir(), 'gsg-graphql-')), ...env },
  });
  const { executor, calls } = fakeExecutor(answer);
  const logs: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => logs.push(JSON.parse(line)) });
  const app = await createGateway({ config, executor, logger });

  const query = async (source: string): Promise<GraphqlAnswer> => {
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      payload: { query: source },
    });
    return response.json();
  };
  return { app, calls, logs, query } satisfies TestGateway;
}

/** The `extensions.code` of each error, in order. */
export function codes(answer: GraphqlAnswer): unknown[] {
  return (answer.errors ?? []).map((error) => error.extensions?.code);
}
