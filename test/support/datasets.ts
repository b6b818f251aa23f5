import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { type Client, createClient } from '../../src/cassandra/client.js';
import { KeyspaceAdmin } from '../../src/cassandra/keyspaces.js';
import { type Config, loadConfig, projectDataDir } from '../../src/config/index.js';
import { type LoadChainOptions, type LoadSummary, loadChain } from '../../src/load/index.js';
import { isProcessAlive } from '../../src/local/process.js';

/** Every keyspace a test creates starts with this, followed by the process id. */
export const TEST_KEYSPACE_PREFIX = 'gsg_test_';

export const TEST_CHAIN_DIR = join(projectDataDir(), 'test-chain');
export const CONCEPTS_FILE = join(projectDataDir(), 'taxonomy/concepts.yaml');

let sequence = 0;

/** Keyspace names of their own for one dataset of this test process. */
export function testMapping(label: string, currency = 'btc') {
  sequence += 1;
  const base = `${TEST_KEYSPACE_PREFIX}${process.pid}_${sequence}_${label}`;
  return {
    tagpacks: `${base}_tp`,
    [currency]: [`${base}_raw`, `${base}_tf`] as [string, string],
  };
}

/** Configuration for the shared local node, with the given mapping and settings. */
export function testConfig(mapping: object, env: Record<string, string> = {}): Config {
  const port = String(inject('cassandraPort'));
  const { config } = loadConfig({
    env: {
      CASSANDRA_PORT: port,
      MAPPING: JSON.stringify(mapping),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'gsg-data-')),
      ...env,
    },
  });
  return config;
}

export interface Dataset {
  config: Config;
  client: Client;
  mapping: Record<string, unknown>;
  summary: LoadSummary;
  drop(): Promise<void>;
}

/** Loads a raw chain into fresh keyspaces of the shared node; `drop` removes them. */
export async function loadDataset(
  label: string,
  options: Partial<LoadChainOptions> & { env?: Record<string, string> } = {},
): Promise<Dataset> {
  const currency = options.currency ?? 'btc';
  const mapping = testMapping(label, currency);
  const config = testConfig(mapping, options.env);
  const client = createClient(config.cassandra);
  await client.connect();

  const summary = await loadChain(client, config, {
    inputDir: TEST_CHAIN_DIR,
    conceptsFile: CONCEPTS_FILE,
    bucketSize: 2,
    ...options,
    currency,
  });
  const drop = () => dropKeyspaces(client, config, Object.values(mapping).flat());
  return { config, client, mapping, summary, drop };
}

/** Drops the keyspaces and shuts the client down. */
export async function dropKeyspaces(client: Client, config: Config, names: string[]) {
  const admin = new KeyspaceAdmin(client, config.cassandra.schemaTimeoutMs);
  for (const name of names) await admin.drop(name);
  await client.shutdown();
}

/** A copy of the test chain in a temporary folder, with files changed by `edit`. */
export function craftChain(edit: (files: Map<string, string>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'gsg-chain-'));
  cpSync(TEST_CHAIN_DIR, dir, { recursive: true });
  const files = new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.jsonl'))
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
  edit(files);
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  return dir;
}

/** Drops keyspaces left by killed test runs: those whose process no longer lives. */
export async function dropStaleTestKeyspaces(client: Client, config: Config): Promise<string[]> {
  const admin = new KeyspaceAdmin(client, config.cassandra.schemaTimeoutMs);
  const stale = (await admin.withPrefix(TEST_KEYSPACE_PREFIX)).filter((name) => {
    const pid = Number(name.slice(TEST_KEYSPACE_PREFIX.length).split('_')[0]);
    return !isProcessAlive(pid);
  });
  for (const name of stale) await admin.drop(name);
  return stale;
}
