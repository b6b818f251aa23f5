import type { TestProject } from 'vitest/node';
import { createClient } from '../../src/cassandra/client.js';
import { type Config, loadConfig } from '../../src/config/index.js';
import { startNode } from '../../src/local/index.js';
import { dropStaleTestKeyspaces } from './datasets.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** CQL port of the local node on 127.0.0.1, data centre `datacenter1`. */
    cassandraPort: number;
  }
}

/**
 * Makes sure the local Cassandra runs before the integration tests, starting it (and fetching
 * its jars) when needed, with the settings the CLI reads. The node is left running afterwards:
 * the demo and later runs share it, and `.ci/run` stops the node it started.
 */
export default async function setup(project: TestProject): Promise<void> {
  const { config } = loadConfig();
  await startNode(config.local, (line) => process.stdout.write(`cassandra: ${line}\n`));
  await dropLeftovers(config);
  project.provide('cassandraPort', config.local.cqlPort);
}

/** Test keyspaces of runs that were killed before they could drop them. */
async function dropLeftovers(config: Config): Promise<void> {
  const cassandra = {
    ...config.cassandra,
    contactPoints: ['127.0.0.1'],
    port: config.local.cqlPort,
  };
  const client = createClient(cassandra);
  try {
    await client.connect();
    const dropped = await dropStaleTestKeyspaces(client, { ...config, cassandra });
    if (dropped.length > 0)
      process.stdout.write(`dropped ${dropped.length} stale test keyspaces\n`);
  } finally {
    await client.shutdown();
  }
}
