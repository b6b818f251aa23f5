import { setTimeout as sleep } from 'node:timers/promises';
import cassandra from 'cassandra-driver';
import type { CassandraSettings } from '../config/index.js';

const { Client, auth, errors, types } = cassandra;
export type Client = cassandra.Client;

/**
 * What the repositories need of the driver. The Client satisfies it; a test can wrap one to
 * watch or hold requests.
 */
export interface Executor {
  execute(
    query: string,
    params?: unknown[],
    options?: cassandra.QueryOptions,
  ): Promise<cassandra.types.ResultSet>;
}

/** Whether an error comes from the driver: hosts unreachable, timeouts, server responses. */
export function isDriverError(error: unknown): boolean {
  return error instanceof errors.DriverError;
}

const CONNECT_ATTEMPT_PAUSE_MS = 2_000;

/**
 * The one driver client of a process. CQL bigint values are JavaScript `bigint`, so that
 * amounts above 2^53 keep every digit.
 */
export function createClient(settings: CassandraSettings): Client {
  const consistency = types.consistencies[settings.consistency as keyof typeof types.consistencies];
  return new Client({
    contactPoints: settings.contactPoints,
    localDataCenter: settings.localDataCenter,
    protocolOptions: { port: settings.port },
    authProvider:
      settings.username === null
        ? undefined
        : new auth.PlainTextAuthProvider(settings.username, settings.password ?? ''),
    sslOptions: settings.tls ? { rejectUnauthorized: true } : undefined,
    socketOptions: { readTimeout: settings.requestTimeoutMs },
    queryOptions: { consistency, prepare: true },
    encoding: { useBigIntAsLong: true, useUndefinedAsUnset: false },
  });
}

/**
 * Connects, retrying until `retryMs` has passed: in a compose file the gateway may start
 * before Cassandra accepts connections.
 */
export async function connectWithRetry(
  client: Client,
  retryMs: number,
  onRetry: (error: Error) => void = () => {},
): Promise<void> {
  const deadline = Date.now() + retryMs;
  for (;;) {
    try {
      await client.connect();
      return;
    } catch (error) {
      if (Date.now() + CONNECT_ATTEMPT_PAUSE_MS > deadline) throw error;
      onRetry(error as Error);
      await sleep(CONNECT_ATTEMPT_PAUSE_MS);
    }
  }
}
