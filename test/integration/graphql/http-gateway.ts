import type { FastifyInstance } from 'fastify';
import type { Executor } from '../../../src/cassandra/client.js';
import type { Config } from '../../../src/config/index.js';
import { createGateway } from '../../../src/server/app.js';
import type { GraphqlAnswer } from '../../unit/graphql/gateway-harness.js';

export { codes } from '../../unit/graphql/gateway-harness.js';

export interface HttpGateway {
  app: FastifyInstance;
  /** Posts a document to /graphql over HTTP. */
  query(source: string, variables?: Record<string, unknown>): Promise<GraphqlAnswer>;
  /** The answer's data, failing the test on any error. */
  data<T = Record<string, unknown>>(
    source: string,
    variables?: Record<string, unknown>,
  ): Promise<T>;
}

/**
 * The gateway listening on a free port of 127.0.0.1. Without an executor it makes its own
 * driver client from the configuration, as `serve` does.
 */
export async function startHttpGateway(config: Config, executor?: Executor): Promise<HttpGateway> {
  const app = await createGateway({ config, executor, logger: false });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });

  const query = async (source: string, variables?: Record<string, unknown>) => {
    const response = await fetch(`${address}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: source, variables }),
    });
    return (await response.json()) as GraphqlAnswer;
  };
  const data = async <T>(source: string, variables?: Record<string, unknown>) => {
    const answer = await query(source, variables);
    if (answer.errors !== undefined) throw new Error(JSON.stringify(answer.errors));
    return answer.data as T;
  };
  return { app, query, data };
}
