import { spawn } from 'node:child_process';
import { open, readFile, rm, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { isOurNode } from './command-line.js';
import { LocalCassandraError } from './errors.js';
import type { NodePaths } from './node-files.js';

/** How often a process is checked while waiting for it to exit. */
const EXIT_POLL_MS = 250;

/** Whether any process with this pid exists (a zombie counts: see `commandLineOf`). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A process's arguments from /proc, or null when it is gone. A zombie's list is empty. */
export async function commandLineOf(pid: number): Promise<string[] | null> {
  const raw = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => null);
  if (raw === null) return null;
  return raw.split('\0').filter((argument) => argument !== '');
}

/** The pid in the node's pid file, or null when there is none or it is not a pid. */
export async function readPidFile(paths: NodePaths): Promise<number | null> {
  const content = await readFile(paths.pidFile, 'utf8').catch(() => null);
  const pid = Number(content?.trim());
  return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
}

export async function writePidFile(paths: NodePaths, pid: number): Promise<void> {
  await writeFile(paths.pidFile, `${pid}\n`);
}

export async function removePidFile(paths: NodePaths): Promise<void> {
  await rm(paths.pidFile, { force: true });
}

/** Whether `pid` is this node's JVM, alive and not a zombie. */
export async function isOurProcess(pid: number, paths: NodePaths): Promise<boolean> {
  const commandLine = await commandLineOf(pid);
  return commandLine !== null && isOurNode(commandLine, paths);
}

/**
 * Starts the JVM detached in its own process group, with standard output and error appended
 * to the node's log file (never the terminal), and returns its pid.
 */
export async function spawnDetached(
  executable: string,
  args: string[],
  paths: NodePaths,
): Promise<number> {
  const log = await open(paths.logFile, 'a');
  try {
    const child = spawn(executable, args, {
      cwd: paths.stateDir,
      detached: true,
      stdio: ['ignore', log.fd, log.fd],
    });
    const pid = await spawned(child);
    child.unref();
    return pid;
  } finally {
    await log.close();
  }
}

/** Sends `signal` to `pid`; a process that has already gone is not an error. */
export function sendSignal(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Waits until `pid` is no longer this node, up to `timeoutMs`; true when it has gone. */
export async function waitForExit(pid: number, paths: NodePaths, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await isOurProcess(pid, paths))) return true;
    await sleep(EXIT_POLL_MS);
  }
  return !(await isOurProcess(pid, paths));
}

function spawned(child: ReturnType<typeof spawn>): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once('spawn', () => resolve(child.pid as number));
    child.on('error', (error) =>
      reject(
        new LocalCassandraError('LOCAL_NODE_DIED', `Java could not be started: ${error.message}`, {
          cause: error,
        }),
      ),
    );
  });
}
