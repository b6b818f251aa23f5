import { execFile } from 'node:child_process';
import { readdir, realpath } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { LocalCassandraError } from './errors.js';
import { findOnPath, isExecutable } from './executables.js';

const execFileAsync = promisify(execFile);

/** Cassandra 5.0 runs on Java 11 or 17; the project supports 17 only. */
export const REQUIRED_JAVA_MAJOR = 17;

/** Where Debian and most distributions install their JDKs and JREs. */
const DEFAULT_JVM_DIR = '/usr/lib/jvm';

/** `java -version` answers in well under a second; this only guards against a hung binary. */
const VERSION_TIMEOUT_MS = 15_000;

/** A Java installation: the binary to run and the home folder Maven wants as JAVA_HOME. */
export interface JavaRuntime {
  executable: string;
  home: string;
}

/** Where to look for Java; the defaults are this process's environment and /usr/lib/jvm. */
export interface JavaSearch {
  env?: NodeJS.ProcessEnv;
  jvmDir?: string;
}

/**
 * Finds a Java 17: `JAVA_HOME` when it is a 17, then `java` on PATH when it is a 17, then
 * any 17 under /usr/lib/jvm. Other versions installed beside it are skipped.
 */
export async function findJava17(search: JavaSearch = {}): Promise<JavaRuntime> {
  const env = search.env ?? process.env;
  for (const candidate of await javaCandidates(env, search.jvmDir ?? DEFAULT_JVM_DIR)) {
    if ((await javaMajor(candidate)) === REQUIRED_JAVA_MAJOR) return runtimeOf(candidate);
  }

  throw new LocalCassandraError(
    'LOCAL_JAVA_MISSING',
    `Java ${REQUIRED_JAVA_MAJOR} is required to run the local Cassandra, and none was found ` +
      '(looked at JAVA_HOME, java on PATH and /usr/lib/jvm): install openjdk-17-jre-headless ' +
      '(apt-get install openjdk-17-jre-headless), or set JAVA_HOME to a Java 17.',
  );
}

/**
 * The major version in the output of `java -version`: `"17.0.15"` is 17, `"17"` is 17 and
 * the old scheme `"1.8.0_292"` is 8. Null when the output names no version.
 */
export function parseJavaMajor(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return null;

  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

async function javaCandidates(env: NodeJS.ProcessEnv, jvmDir: string): Promise<string[]> {
  const candidates: string[] = [];
  if (env.JAVA_HOME) candidates.push(join(env.JAVA_HOME, 'bin', 'java'));

  const onPath = await findOnPath('java', env.PATH);
  if (onPath) candidates.push(onPath);

  candidates.push(...(await installedJavas(jvmDir)));
  return candidates;
}

async function installedJavas(jvmDir: string): Promise<string[]> {
  const entries = await readdir(jvmDir).catch(() => [] as string[]);
  return entries.sort().map((entry) => join(jvmDir, entry, 'bin', 'java'));
}

async function javaMajor(executable: string): Promise<number | null> {
  if (!(await isExecutable(executable))) return null;

  try {
    // `java -version` writes to standard error.
    const { stderr } = await execFileAsync(executable, ['-version'], {
      timeout: VERSION_TIMEOUT_MS,
    });
    return parseJavaMajor(stderr);
  } catch {
    return null;
  }
}

async function runtimeOf(executable: string): Promise<JavaRuntime> {
  // PATH usually holds a chain of links (/usr/bin/java -> /etc/alternatives/java -> ...).
  const resolved = await realpath(executable);
  return { executable: resolved, home: dirname(dirname(resolved)) };
}
