import cassandra from 'cassandra-driver';
import { NODE_ADDRESS } from './node-files.js';

/** SimpleSnitch puts a single node in this data centre; the driver must be told its name. */
export const LOCAL_DATA_CENTER = 'datacenter1';

/** A probe of a node that is up answers in milliseconds; a starting one may refuse at once. */
const PROBE_TIMEOUT_MS = 5_000;

/**
 * The node's `release_version` from `system.local`, or null when it does not answer CQL
 * (yet). A query that succeeds is the robust sign that the node is ready.
 */
export async function probeReleaseVersion(cqlPort: number): Promise<string | null> {
  const client = new cassandra.Client({
    contactPoints: [`${NODE_ADDRESS}:${cqlPort}`],
    localDataCenter: LOCAL_DATA_CENTER,
    socketOptions: { connectTimeout: PROBE_TIMEOUT_MS, readTimeout: PROBE_TIMEOUT_MS },
  });
  try {
    const result = await client.execute('SELECT release_version FROM system.local');
    return String(result.first()?.get('release_version') ?? '') || null;
  } catch {
    return null;
  } finally {
    await client.shutdown().catch(() => undefined);
  }
}
