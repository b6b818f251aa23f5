import { setTimeout as sleep } from 'node:timers/promises';
import type { LocalCassandraSettings } from '../config/types.js';
import { javaArguments } from './command-line.js';
import { probeReleaseVersion } from './cql.js';
import { LocalCassandraError } from './errors.js';
import { CASSANDRA_VERSION, ensureJars, jarDir } from './jars.js';
import { findJava17 } from './java.js';
import { tailOfFile } from './log-tail.js';
import {
  NODE_ADDRESS,
  type NodePaths,
  nodePaths,
  rotateLog,
  writeNodeFiles,
} from './node-files.js';
import { assertPortsFree, isPortFree } from './ports.js';
import {
  isOurProcess,
  readPidFile,
  removePidFile,
  sendSignal,
  spawnDetached,
  waitForExit,
  writePidFile,
} from './process.js';
import type { Report } from './report.js';

/** A fresh node answers in about 8 s; two busy cores and a cold disk take much longer. */
const START_TIMEOUT_MS = 180_000;
const READY_POLL_MS = 1_000;

/** Cassandra flushes on SIGTERM; after this long it is killed. */
const STOP_TIMEOUT_MS = 60_000;
const KILL_TIMEOUT_MS = 10_000;

/** How much of the log an error about a dead or silent node shows. */
const LOG_TAIL_LINES = 20;

/** What `status` knows about the node: `starting` is alive but not answering CQL yet. */
export interface NodeStatus {
  state: 'running' | 'starting' | 'stopped';
  pid: number | null;
  cqlPort: number;
  logFile: string;
  releaseVersion: string | null;
  /** A stopped node's CQL port is held by another program: starting would fail. */
  portHeld: boolean;
}

/**
 * Starts the local node, fetching the jars first if needed, and resolves once it answers CQL.
 * A node of ours that is already running is reused; a stale pid file is removed.
 */
export async function startNode(settings: LocalCassandraSettings, report: Report) {
  const paths = nodePaths(settings);
  const running = await ourPid(paths, report);
  if (running !== null) return reuseNode(running, settings, paths, report);

  const pid = await launch(settings, paths, report);
  const spawned = Date.now();
  await waitUntilReady(pid, settings, paths);

  const after = seconds(Date.now() - spawned);
  report(`Cassandra answers on ${address(settings)} (${after} s after start)`);
}

/** Stops the node with SIGTERM, then SIGKILL after a timeout; never touches a node not ours. */
export async function stopNode(settings: LocalCassandraSettings, report: Report) {
  const paths = nodePaths(settings);
  const pid = await ourPid(paths, report);
  if (pid === null) {
    report(`Cassandra is not running on ${address(settings)}`);
    return;
  }

  await terminate(pid, paths, report);
  await removePidFile(paths);
  report(`Cassandra stopped (pid ${pid})`);
}

/** Whether the node runs, from its pid file, command line and a CQL query; changes nothing. */
export async function nodeStatus(settings: LocalCassandraSettings): Promise<NodeStatus> {
  const paths = nodePaths(settings);
  const filePid = await readPidFile(paths);
  const pid = filePid !== null && (await isOurProcess(filePid, paths)) ? filePid : null;
  const releaseVersion = pid === null ? null : await probeReleaseVersion(settings.cqlPort);
  const state = pid === null ? 'stopped' : releaseVersion ? 'running' : 'starting';
  const portHeld = state === 'stopped' && !(await isPortFree(settings.cqlPort));
  return {
    state,
    pid,
    cqlPort: settings.cqlPort,
    logFile: paths.logFile,
    releaseVersion,
    portHeld,
  };
}

/** One line for people: `running (pid 123, CQL 127.0.0.1:9142, Cassandra 5.0.8), log: ...`. */
export function describeStatus(status: NodeStatus): string {
  const where = `CQL ${NODE_ADDRESS}:${status.cqlPort}`;
  if (status.state === 'stopped') {
    const held = status.portHeld ? ', held by another program' : '';
    return `stopped (${where}${held}), log: ${status.logFile}`;
  }

  const version = status.releaseVersion ? `, Cassandra ${status.releaseVersion}` : '';
  const state = status.state === 'running' ? 'running' : 'starting (not answering CQL yet)';
  return `${state} (pid ${status.pid}, ${where}${version}), log: ${status.logFile}`;
}

/** The pid file's process when it is our node; a stale pid file is removed. */
async function ourPid(paths: NodePaths, report: Report): Promise<number | null> {
  const pid = await readPidFile(paths);
  if (pid === null) return null;
  if (await isOurProcess(pid, paths)) return pid;

  report(`Removing a stale pid file (process ${pid} is not this node): ${paths.pidFile}`);
  await removePidFile(paths);
  return null;
}

/** Checks what can fail early, fetches the jars, writes the files and spawns the JVM. */
async function launch(settings: LocalCassandraSettings, paths: NodePaths, report: Report) {
  const java = await findJava17();
  const args = javaArguments(settings, paths, jarDir(settings.cacheDir));
  await assertPortsFree(settings);
  await ensureJars(settings.cacheDir, java, report);
  await writeNodeFiles(settings, paths);
  await rotateLog(paths);

  const pid = await spawnDetached(java.executable, args, paths);
  await writePidFile(paths, pid);
  report(`Starting Cassandra ${CASSANDRA_VERSION} (pid ${pid}); log: ${paths.logFile}`);
  return pid;
}

async function reuseNode(
  pid: number,
  settings: LocalCassandraSettings,
  paths: NodePaths,
  report: Report,
) {
  if ((await probeReleaseVersion(settings.cqlPort)) === null) {
    report(`Cassandra is starting (pid ${pid}): waiting until it answers CQL`);
    await waitUntilReady(pid, settings, paths);
  }
  report(`Cassandra is already running (pid ${pid}, ${address(settings)})`);
}

async function waitUntilReady(pid: number, settings: LocalCassandraSettings, paths: NodePaths) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!(await isOurProcess(pid, paths))) {
      await removePidFile(paths);
      const died = `Cassandra (pid ${pid}) exited while starting`;
      throw await nodeError('LOCAL_NODE_DIED', died, paths);
    }
    if ((await probeReleaseVersion(settings.cqlPort)) !== null) return;
    await sleep(READY_POLL_MS);
  }

  const silent = `Cassandra (pid ${pid}) did not answer CQL within ${seconds(START_TIMEOUT_MS)} s`;
  throw await nodeError('LOCAL_START_TIMEOUT', `${silent} and is left running`, paths);
}

async function terminate(pid: number, paths: NodePaths, report: Report): Promise<void> {
  sendSignal(pid, 'SIGTERM');
  if (await waitForExit(pid, paths, STOP_TIMEOUT_MS)) return;

  report(`Cassandra (pid ${pid}) did not stop within ${seconds(STOP_TIMEOUT_MS)} s: killing it`);
  sendSignal(pid, 'SIGKILL');
  if (await waitForExit(pid, paths, KILL_TIMEOUT_MS)) return;

  throw new LocalCassandraError('LOCAL_STOP_FAILED', `Cassandra (pid ${pid}) survived SIGKILL`);
}

async function nodeError(
  code: 'LOCAL_NODE_DIED' | 'LOCAL_START_TIMEOUT',
  summary: string,
  paths: NodePaths,
): Promise<LocalCassandraError> {
  const tail = await tailOfFile(paths.logFile, LOG_TAIL_LINES);
  const shown = tail ? `; the last lines of its log:\n${tail}` : '';
  return new LocalCassandraError(code, `${summary}. Log: ${paths.logFile}${shown}`);
}

function address(settings: LocalCassandraSettings): string {
  return `${NODE_ADDRESS}:${settings.cqlPort}`;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}
