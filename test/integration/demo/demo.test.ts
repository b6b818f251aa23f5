import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { STOPPED_MESSAGE } from '../../../src/cli/demo.js';
import { loadConfig, projectRoot } from '../../../src/config/index.js';
import { nodeStatus } from '../../../src/local/index.js';

const ADDRESS = '1HxbaBMF2jXBVnagoHvaA6rLxmaYL8gb8T';
const READY_TIMEOUT_MS = 120_000;
const POLL_MS = 500;

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function askForAddress(port: number): Promise<unknown> {
  const query = `{ address(currency: "btc", address: "${ADDRESS}") { id totalReceived { value } } }`;
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

async function waitForGateway(
  port: number,
  demo: ChildProcess,
  output: () => string,
): Promise<unknown> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (demo.exitCode !== null)
      throw new Error(`the demo exited with ${demo.exitCode}:\n${output()}`);
    try {
      return await askForAddress(port);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
  throw new Error('the demo did not answer in time');
}

describe('npm run demo', () => {
  let demo: ChildProcess | undefined;
  afterAll(() => {
    if (demo?.pid === undefined || demo.exitCode !== null || demo.signalCode !== null) return;
    process.kill(-demo.pid, 'SIGKILL');
  });

  it('answers, then stops on Ctrl-C and leaves Cassandra running', async () => {
    const port = await freePort();
    // Its own process group, so that SIGINT reaches npm and the gateway as Ctrl-C would.
    demo = spawn('npm', ['run', 'demo'], {
      cwd: projectRoot(),
      env: { ...process.env, PORT: String(port) },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    demo.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    demo.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

    const answer = await waitForGateway(port, demo, () => output);
    expect(answer).toEqual({ data: { address: { id: 1, totalReceived: { value: '2500000' } } } });

    // The pipes close once every process of the group that holds them has exited.
    const closed = Promise.all([once(demo.stdout ?? demo, 'close'), once(demo, 'exit')]);
    process.kill(-(demo.pid ?? 0), 'SIGINT');
    const [, [code, signal]] = await closed;
    expect(code === 0 || signal === 'SIGINT').toBe(true);
    expect(output).toContain(STOPPED_MESSAGE);
    await expect(askForAddress(port)).rejects.toThrow();
    expect(output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);

    const status = await nodeStatus(loadConfig({ mode: 'development' }).config.local);
    expect(status.state).toBe('running');
  });
});
