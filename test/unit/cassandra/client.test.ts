import { describe, expect, it } from 'vitest';
import {
  CassandraUnreachable,
  connectWithRetry,
  createClient,
} from '../../../src/cassandra/client.js';
import { loadConfig } from '../../../src/config/index.js';
import { unusedPort } from '../../support/ports.js';

describe('connectWithRetry', () => {
  it('names the settings to check when Cassandra cannot be reached', async () => {
    const port = await unusedPort();
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
