import cassandra from 'cassandra-driver';
import { afterAll, expect, inject, it } from 'vitest';
import { loadConfig } from '../../../src/config/index.js';
import {
  CASSANDRA_VERSION,
  LOCAL_DATA_CENTER,
  NODE_ADDRESS,
  nodeStatus,
  startNode,
} from '../../../src/local/index.js';

const settings = loadConfig().config.local;

const client = new cassandra.Client({
  contactPoints: [`${NODE_ADDRESS}:${inject('cassandraPort')}`],
  localDataCenter: LOCAL_DATA_CENTER,
});

afterAll(async () => {
  await client.shutdown();
});

it('reports the node as running with its pid and log', async () => {
  const status = await nodeStatus(settings);

  expect(status.state).toBe('running');
  expect(status.pid).toBeGreaterThan(0);
  expect(status.cqlPort).toBe(inject('cassandraPort'));
  expect(status.logFile).toContain(`node-${settings.cqlPort}`);
});

it('answers CQL with the pinned release', async () => {
  const result = await client.execute('SELECT release_version, data_center FROM system.local');

  expect(result.first()?.get('release_version')).toBe(CASSANDRA_VERSION);
  expect(result.first()?.get('data_center')).toBe(LOCAL_DATA_CENTER);
});

it('reuses the running node when started again', async () => {
  const before = await nodeStatus(settings);

  await startNode(settings, () => undefined);

  expect(await nodeStatus(settings)).toEqual(before);
});
