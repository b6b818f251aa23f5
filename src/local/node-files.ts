import { mkdir, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { LocalCassandraSettings } from '../config/types.js';

/** The local node listens on loopback only. */
export const NODE_ADDRESS = '127.0.0.1';

/** Where one local node keeps its state: everything under `<cacheDir>/node-<cqlPort>/`. */
export interface NodePaths {
  stateDir: string;
  configFile: string;
  logbackFile: string;
  /** Cassandra's storage dir: data, commit log, hints and saved caches below it. */
  storageDir: string;
  logFile: string;
  pidFile: string;
  /** Java's and JNA's temp folder: JNA unpacks its native library there. */
  tmpDir: string;
}

/** The state folders of the node that `settings` describe; keyed by CQL port. */
export function nodePaths(settings: LocalCassandraSettings): NodePaths {
  const stateDir = join(resolveCacheDir(settings.cacheDir), `node-${settings.cqlPort}`);
  return {
    stateDir,
    configFile: join(stateDir, 'conf', 'cassandra.yaml'),
    logbackFile: join(stateDir, 'conf', 'logback.xml'),
    storageDir: join(stateDir, 'data'),
    logFile: join(stateDir, 'logs', 'cassandra.log'),
    pidFile: join(stateDir, 'cassandra.pid'),
    tmpDir: join(stateDir, 'tmp'),
  };
}

/** An absolute cache folder; a leading `~` (as a configuration file may write it) is home. */
export function resolveCacheDir(cacheDir: string): string {
  const expanded =
    cacheDir === '~' || cacheDir.startsWith('~/') ? homedir() + cacheDir.slice(1) : cacheDir;
  return resolve(expanded);
}

/**
 * A minimal cassandra.yaml for one node on loopback. Cassandra 5.0 rejects unknown keys, and
 * its stock file's token allocation adds up to 30 s to a fresh start, hence only these.
 */
export function cassandraYaml(settings: LocalCassandraSettings, paths: NodePaths): string {
  const storage = (name: string) => JSON.stringify(join(paths.storageDir, name));
  return `# Written by graphsense-graphql on every start: edits are overwritten.
num_tokens: 1
initial_token: "0"
partitioner: org.apache.cassandra.dht.Murmur3Partitioner
commitlog_sync: periodic
commitlog_sync_period: 10000ms
endpoint_snitch: SimpleSnitch
seed_provider:
  - class_name: org.apache.cassandra.locator.SimpleSeedProvider
    parameters:
      - seeds: "${NODE_ADDRESS}:${settings.storagePort}"
listen_address: ${NODE_ADDRESS}
rpc_address: ${NODE_ADDRESS}
storage_port: ${settings.storagePort}
native_transport_port: ${settings.cqlPort}
auto_snapshot: false
data_file_directories:
  - ${storage('data')}
commitlog_directory: ${storage('commitlog')}
hints_directory: ${storage('hints')}
saved_caches_directory: ${storage('saved_caches')}
cdc_raw_directory: ${storage('cdc_raw')}
`;
}

/** Logback at INFO into the node's log file (without a configuration Cassandra logs DEBUG). */
export function logbackXml(logFile: string): string {
  return `<configuration>
  <appender name="FILE" class="ch.qos.logback.core.FileAppender">
    <file>${escapeXml(logFile)}</file>
    <append>true</append>
    <encoder>
      <pattern>%-5level [%thread] %date{ISO8601} %logger{0}:%line - %msg%n</pattern>
    </encoder>
  </appender>
  <root level="INFO">
    <appender-ref ref="FILE" />
  </root>
</configuration>
`;
}

/** Creates the node's folders and writes its configuration files. */
export async function writeNodeFiles(
  settings: LocalCassandraSettings,
  paths: NodePaths,
): Promise<void> {
  for (const dir of [
    join(paths.stateDir, 'conf'),
    join(paths.stateDir, 'logs'),
    paths.storageDir,
    paths.tmpDir,
  ]) {
    await mkdir(dir, { recursive: true });
  }

  await writeFile(paths.configFile, cassandraYaml(settings, paths));
  await writeFile(paths.logbackFile, logbackXml(paths.logFile));
}

/** Keeps the previous run's log as `cassandra.log.1`, so that a new log starts empty. */
export async function rotateLog(paths: NodePaths): Promise<void> {
  await rename(paths.logFile, `${paths.logFile}.1`).catch(() => undefined);
}

function escapeXml(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
