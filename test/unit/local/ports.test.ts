import { createServer, type Server } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { assertPortsFree, isPortFree } from '../../../src/local/ports.js';

let server: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

/** Listens on a free loopback port chosen by the system and returns it. */
async function holdPort(): Promise<number> {
  const holder = createServer();
  server = holder;
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  const address = holder.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

it('sees a held port as not free', async () => {
  const port = await holdPort();

  expect(await isPortFree(port)).toBe(false);
});

it('names the storage port setting when that port is held', async () => {
  const port = await holdPort();
  const settings = { cqlPort: port + 1, storagePort: port, heap: '1G', cacheDir: '/tmp' };

  await expect(assertPortsFree(settings)).rejects.toMatchObject({ code: 'LOCAL_PORT_IN_USE' });
  await expect(assertPortsFree(settings)).rejects.toThrow(/LOCAL_CASSANDRA_STORAGE_PORT/);
});
