import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createClient } from '../../../src/cassandra/client.js';
import { KeyspaceAdmin } from '../../../src/cassandra/keyspaces.js';
import { keyspacesCommand } from '../../../src/cli/keyspaces.js';
import { loadCommand } from '../../../src/cli/load.js';
import { keyspacesOf, LoadError, loadState } from '../../../src/load/index.js';
import {
  type Dataset,
  dropKeyspaces,
  loadDataset,
  TEST_CHAIN_DIR,
  testConfig,
  testMapping,
} from '../../support/datasets.js';

/** A configuration file for the CLI's `--config`: the shared node and these keyspaces. */
function configFile(mapping: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'gsg-cli-'));
  const file = join(dir, 'config.json');
  const settings = {
    mapping,
    cassandra: { port: inject('cassandraPort') },
    auth: { dataDir: dir },
  };
  writeFileSync(file, JSON.stringify(settings));
  return file;
}

/** Runs a command in-process, as `graphsense-graphql --config FILE ...`; returns its output. */
async function run(config: string, args: string[]): Promise<string> {
  const printed: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    printed.push(String(chunk));
    return true;
  });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const program = new Command().option('--config <file>').exitOverride();
    for (const command of [loadCommand(), keyspacesCommand()]) {
      program.addCommand(command.exitOverride().configureOutput({ writeErr: () => {} }));
    }
    await program.parseAsync(['--config', config, ...args], { from: 'user' });
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  return printed.join('');
}

describe('the load command', () => {
  let dataset: Dataset;
  let config: string;
  const load = (...options: string[]) =>
    run(config, ['load', '--currency', 'btc', '--bucket-size', '2', ...options, TEST_CHAIN_DIR]);

  beforeAll(async () => {
    dataset = await loadDataset('cli');
    config = configFile(dataset.mapping);
  });
  afterAll(() => dataset?.drop());

  async function state() {
    const admin = new KeyspaceAdmin(dataset.client, dataset.config.cassandra.schemaTimeoutMs);
    return loadState(admin, keyspacesOf(dataset.config, 'btc'));
  }

  it('refuses --force together with --if-empty', async () => {
    const failure = load('--force', '--if-empty');
    await expect(failure).rejects.toThrow(CommanderError);
    await expect(failure).rejects.toMatchObject({ code: 'commander.conflictingOption' });
  });

  it('refuses a bucket size beyond 2^31 - 1, naming --bucket-size', async () => {
    const failure = run(config, ['load', '--currency', 'btc', '--bucket-size', '2147483648', '.']);
    await expect(failure).rejects.toMatchObject({ code: 'commander.invalidArgument' });
    await expect(failure).rejects.toThrow(/--bucket-size/);
  });

  it('leaves a complete load alone with --if-empty', async () => {
    // Without --force a load into these keyspaces would fail: success means it was skipped.
    await load('--if-empty');
    expect(await state()).toBe('complete');
  });

  it('refuses --if-empty on a partial load, then --force replaces it', async () => {
    // An interrupted load: everything but the statistics row, which is written last.
    const transformed = dataset.config.mapping.currencies.btc?.transformed;
    await dataset.client.execute(`TRUNCATE ${transformed}.summary_statistics`);
    expect(await state()).toBe('partial');

    await expect(load('--if-empty')).rejects.toThrow(LoadError);
    expect(await state()).toBe('partial');

    await load('--force');
    expect(await state()).toBe('complete');
  });
});

describe('keyspaces create', () => {
  it('says which keyspaces it created and which existed', async () => {
    const mapping = testMapping('cli_create');
    const config = configFile(mapping);
    const firstWords = (output: string) =>
      output
        .trim()
        .split('\n')
        .map((line) => line.split(' ')[0]);
    try {
      const created = await run(config, ['keyspaces', 'create', '--currency', 'btc']);
      const again = await run(config, ['keyspaces', 'create', '--currency', 'btc']);
      expect(firstWords(created)).toEqual(['created', 'created', 'created']);
      expect(firstWords(again)).toEqual(['exists', 'exists', 'exists']);
    } finally {
      const settings = testConfig(mapping);
      const client = createClient(settings.cassandra);
      await client.connect();
      await dropKeyspaces(client, settings, Object.values(mapping).flat());
    }
  });
});
