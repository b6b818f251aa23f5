import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STOPPED_MESSAGE } from '../../../src/cli/demo.js';
import { DEMO_USERNAME } from '../../../src/cli/demo-user.js';
import { loadConfig, projectRoot } from '../../../src/config/index.js';
import { nodeStatus } from '../../../src/local/index.js';
import { unusedPort } from '../../support/ports.js';

const ADDRESS = '1HxbaBMF2jXBVnagoHvaA6rLxmaYL8gb8T';
const ADDRESS_QUERY = `{ address(currency: "btc", address: "${ADDRESS}") { id totalReceived { value } } }`;
const READY_TIMEOUT_MS = 120_000;
const POLL_MS = 500;
/** The last line of the demo's instructions: everything before it has been printed. */
const INSTRUCTIONS_END = 'Ctrl-C stops the gateway';
/** The line after "Created the user ... with the password". */
const PRINTED_PASSWORD = /with the password\n {2}(\S+)\n/;

async function askForAddress(port: number, token?: string): Promise<unknown> {
  const authorization: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authorization },
    body: JSON.stringify({ query: ADDRESS_QUERY }),
  });
  return response.json();
}

async function logIn(port: number, password: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: DEMO_USERNAME, password }),
  });
  const body = (await response.json()) as { status: string; Authorization: string };
  expect([response.status, body.status]).toEqual([200, 'success']);
  return body.Authorization;
}

/** `npm run demo` on its own port and data folder, stopped with Ctrl-C. */
class DemoRun {
  output = '';
  readonly process: ChildProcess;

  constructor(
    readonly port: number,
    dataDir: string,
  ) {
    // Its own process group, so that SIGINT reaches npm and the gateway as Ctrl-C would.
    this.process = spawn('npm', ['run', 'demo'], {
      cwd: projectRoot(),
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.process.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.process.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
  }

  /** Waits until the gateway answers and the instructions are printed. */
  async ready(): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (this.process.exitCode !== null) {
        throw new Error(`the demo exited with ${this.process.exitCode}:\n${this.output}`);
      }
      if (this.output.includes(INSTRUCTIONS_END)) return;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    throw new Error('the demo did not answer in time');
  }

  /** Ctrl-C; answers once every process of the group has exited. */
  async stop(): Promise<void> {
    // The pipes close once every process of the group that holds them has exited.
    const closed = Promise.all([
      once(this.process.stdout ?? this.process, 'close'),
      once(this.process, 'exit'),
    ]);
    process.kill(-(this.process.pid ?? 0), 'SIGINT');
    const [, [code, signal]] = await closed;
    expect(code === 0 || signal === 'SIGINT').toBe(true);
    expect(this.output).toContain(STOPPED_MESSAGE);
    await expect(askForAddress(this.port)).rejects.toThrow();
  }

  kill(): void {
    const { pid, exitCode, signalCode } = this.process;
    if (pid === undefined || exitCode !== null || signalCode !== null) return;
    process.kill(-pid, 'SIGKILL');
  }
}

describe('npm run demo', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gsg-demo-'));
  const runs: DemoRun[] = [];
  let password = '';

  afterAll(() => {
    for (const run of runs) run.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function startDemo(): Promise<DemoRun> {
    const run = new DemoRun(await unusedPort(), dataDir);
    runs.push(run);
    await run.ready();
    return run;
  }

  it('creates the demo user, answers after a login, then stops on Ctrl-C', async () => {
    const run = await startDemo();
    password = PRINTED_PASSWORD.exec(run.output)?.[1] ?? '';
    expect(password).not.toBe('');
    expect(run.output).toContain(`curl -s -c cookies http://127.0.0.1:${run.port}/login`);
    expect(run.output).not.toContain(readFileSync(join(dataDir, 'secret'), 'utf8').trim());

    const anonymous = (await askForAddress(run.port)) as { errors: unknown[] };
    expect(anonymous.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED', reason: 'MISSING' } }),
    ]);
    const answer = await askForAddress(run.port, await logIn(run.port, password));
    expect(answer).toEqual({ data: { address: { id: 1, totalReceived: { value: '2500000' } } } });

    await run.stop();
    expect(run.output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    const status = await nodeStatus(loadConfig({ mode: 'development' }).config.local);
    expect(status.state).toBe('running');
  });

  it('says on a later run that the user exists and how to set a new password', async () => {
    const run = await startDemo();
    expect(run.output).toContain(`The user "${DEMO_USERNAME}" exists`);
    expect(run.output).toContain(`DATA_DIR='${dataDir}' npx graphsense-graphql users remove demo`);
    expect(run.output).not.toContain(password);

    const answer = await askForAddress(run.port, await logIn(run.port, password));
    expect(answer).toMatchObject({ data: { address: { id: 1 } } });
    await run.stop();
  });
});
