import { createServer } from 'node:net';
import type { LocalCassandraSettings } from '../config/types.js';
import { LocalCassandraError } from './errors.js';
import { NODE_ADDRESS } from './node-files.js';

/** Whether nothing listens on `port` at `host`: we may bind it, so Cassandra may too. */
export function isPortFree(port: number, host = NODE_ADDRESS): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host }, () => server.close(() => resolve(true)));
  });
}

/**
 * Fails, naming the setting to change, when the node's CQL or storage port is held by
 * anything else (an operator's node, another program).
 */
export async function assertPortsFree(settings: LocalCassandraSettings): Promise<void> {
  const ports = [
    { port: settings.cqlPort, setting: 'LOCAL_CASSANDRA_CQL_PORT' },
    { port: settings.storagePort, setting: 'LOCAL_CASSANDRA_STORAGE_PORT' },
  ];
  for (const { port, setting } of ports) {
    if (await isPortFree(port)) continue;

    throw new LocalCassandraError(
      'LOCAL_PORT_IN_USE',
      `Port ${port} on ${NODE_ADDRESS} is held by another program, so the local Cassandra ` +
        `cannot use it: stop that program or choose another port with ${setting}.`,
    );
  }
}
