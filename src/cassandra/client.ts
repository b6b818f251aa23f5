import { setTimeout as sleep } from 'node:timers/promises';
import cassandra from 'cassandra-driver';
import type { CassandraSettings } from '../config/index.js';

const { Client, auth, errors, policies, types } = cassandra;
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

// The driver's default waits up to ten minutes between attempts to reach a node that was
// down; a gateway should notice within seconds that Cassandra is back.
const RECONNECT_BASE_DELAY_MS = 1_000;
const RECONNECT_MAX_DELAY_MS = 10_000;

/** Cassandra could not be reached at all: the message names the settings to check. */
export class CassandraUnreachable extends Error {
  readonly code = 'CASSANDRA_UNREACHABLE';

  constructor(settings: CassandraSettings, cause: unknown) {
    const hosts = settings.contactPoints.map((host) => `${host}:${settings.port}`).join(', ');
    super(
      `cannot reach Cassandra at ${hosts} (${firstReason(cause)}); check ` +
        'CASSANDRA_CONTACT_POINTS, CASSANDRA_PORT and CASSANDRA_LOCAL_DC',
      { cause },
    );
    this.name = 'CassandraUnreachable';
  }
}

/** The first host's failure in a few words, without the driver's stack or object dump. */
function firstReason(error: unknown): string {
  const inner = (error as { innerErrors?: Record<string, unknown> }).innerErrors;
  const first = inner === undefined ? error : Object.values(inner)[0];
  const code = (first as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined) return code;
  const message = first instanceof Error ? first.message : String(first);
  return message.split('\n')[0] ?? message;
}

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
    policies: {
      reconnection: new policies.reconnection.ExponentialReconnectionPolicy(
        RECONNECT_BASE_DELAY_MS,
        RECONNECT_MAX_DELAY_MS,
      ),
    },
    queryOptions: { consistency, prepare: true },
    encoding: { useBigIntAsLong: true, useUndefinedAsUnset: false },
  });
}

/**
 * Connects, retrying until `retryMs` has passed: in a compose file the gateway may start
 * before Cassandra accepts connections. Gives up with CassandraUnreachable.
 */
export async function connectWithRetry(
  client: Client,
  settings: CassandraSettings,
  onRetry: (error: Error) => void = () => {},
): Promise<void> {
  const deadline = Date.now() + settings.connectRetryMs;
  for (;;) {
    try {
      await client.connect();
      return;
    } catch (error) {
      if (Date.now() + CONNECT_ATTEMPT_PAUSE_MS > deadline) {
        throw new CassandraUnreachable(settings, error);
      }
      onRetry(error as Error);
      await sleep(CONNECT_ATTEMPT_PAUSE_MS);
    }
  }
}
