import { once } from 'node:events';
import { createServer } from 'node:net';

/** A loopback port that nothing listens on now: bound once by the system, then released. */
export async function unusedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port was bound');
  return address.port;
}
