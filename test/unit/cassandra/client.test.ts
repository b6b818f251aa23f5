import { once } from 'node:events';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  CassandraUnreachable,
  connectWithRetry,
  createClient,
} from '../../../src/cassandra/client.js';
import { loadConfig } from '../../../src/config/index.js';

/** A port that nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('connectWithRetry', () => {
  it('names the settings to check when Cassandra cannot be reached', async () => {
    const port = await closedPort();
    const env = { CASSANDRA_PORT: String(port), CASSANDRA_CONNECT_RETRY_MS: '0' };
    const settings = loadConfig({ env }).config.cassandra;
    const client = createClient(settings);
    try {
      const failure = connectWithRetry(client, settings);
      await expect(failure).rejects.toBeInstanceOf(CassandraUnreachable);
      await expect(failure).rejects.toMatchObject({ code: 'CASSANDRA_UNREACHABLE' });
      await expect(failure).rejects.toThrow(`127.0.0.1:${port} (ECONNREFUSED)`);
    } finally {
      await client.shutdown();
    }
  });
});
