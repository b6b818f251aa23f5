import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { LocalCassandraSettings } from '../../../src/config/types.js';
import {
  cassandraYaml,
  logbackXml,
  nodePaths,
  resolveCacheDir,
} from '../../../src/local/node-files.js';

const settings: LocalCassandraSettings = {
  cqlPort: 9142,
  storagePort: 7100,
  heap: '1G',
  cacheDir: '/cache/graphsense',
};

describe('nodePaths', () => {
  it('keys the node state by CQL port under the cache folder', () => {
    const paths = nodePaths(settings);

    expect(paths.stateDir).toBe('/cache/graphsense/node-9142');
    expect(paths.pidFile).toBe('/cache/graphsense/node-9142/cassandra.pid');
    expect(paths.tmpDir.startsWith(paths.stateDir)).toBe(true);
  });

  it('expands a leading tilde to the home folder', () => {
    expect(resolveCacheDir('~/cache')).not.toContain('~');
  });
});

describe('cassandraYaml', () => {
  const paths = nodePaths(settings);
  const yaml = parse(cassandraYaml(settings, paths));

  it('holds exactly the keys a minimal single node needs', () => {
    expect(Object.keys(yaml).sort()).toEqual(
      [
        'auto_snapshot',
        'cdc_raw_directory',
        'commitlog_directory',
        'commitlog_sync',
        'commitlog_sync_period',
        'data_file_directories',
        'endpoint_snitch',
        'hints_directory',
        'initial_token',
        'listen_address',
        'native_transport_port',
        'num_tokens',
        'partitioner',
        'rpc_address',
        'saved_caches_directory',
        'seed_provider',
        'storage_port',
      ].sort(),
    );
  });

  it('seeds itself on its storage port so that it does not bootstrap', () => {
    const seeds = yaml.seed_provider[0].parameters[0].seeds;

    expect(seeds).toBe('127.0.0.1:7100');
    expect(yaml.initial_token).toBe('0');
  });

  it('takes its ports from the settings', () => {
    expect(yaml.native_transport_port).toBe(9142);
    expect(yaml.storage_port).toBe(7100);
  });

  it('keeps its storage under the node state folder', () => {
    expect(yaml.data_file_directories).toEqual([`${paths.storageDir}/data`]);
    expect(yaml.commitlog_directory.startsWith(paths.storageDir)).toBe(true);
  });
});

describe('logbackXml', () => {
  it('logs at INFO into the given file, escaped', () => {
    const xml = logbackXml('/logs/a&b/cassandra.log');

    expect(xml).toContain('<root level="INFO">');
    expect(xml).toContain('<file>/logs/a&amp;b/cassandra.log</file>');
  });
});
