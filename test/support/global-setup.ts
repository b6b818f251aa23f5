import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config/index.js';
import { startNode } from '../../src/local/index.js';

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
  const { local } = loadConfig().config;
  await startNode(local, (line) => process.stdout.write(`cassandra: ${line}\n`));
  project.provide('cassandraPort', local.cqlPort);
}
