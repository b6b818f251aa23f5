import { execFile } from 'node:child_process';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { LocalCassandraError } from './errors.js';
import { findOnPath } from './executables.js';
import type { JavaRuntime } from './java.js';
import { lastLines } from './log-tail.js';
import { resolveCacheDir } from './node-files.js';
import { isProcessAlive } from './process.js';
import type { Report } from './report.js';

const execFileAsync = promisify(execFile);

/** The one place the Cassandra release is pinned; Java 17 is fully supported from 5.0.5. */
export const CASSANDRA_ARTIFACT = {
  groupId: 'org.apache.cassandra',
  artifactId: 'cassandra-all',
  version: '5.0.8',
} as const;

export const CASSANDRA_VERSION = CASSANDRA_ARTIFACT.version;

/** Pinned so that the fetch does not change with whatever plugin release is newest. */
const DEPENDENCY_PLUGIN_VERSION = '3.8.1';

/** About 100 jars, 70 MB: seconds on a good connection, minutes on a slow one. */
const FETCH_TIMEOUT_MS = 15 * 60_000;

/** Maven's output can be long; only its tail is shown when it fails. */
const MAVEN_OUTPUT_BUFFER_BYTES = 32 * 1024 * 1024;
const MAVEN_ERROR_LINES = 30;

/** A fetch in progress lives in `fetch-<pid>` beside the finished folder. */
const FETCH_DIR_PATTERN = /^fetch-(\d+)$/;

/** The folder that holds the pinned release's runtime jars once they are fetched. */
export function jarDir(cacheDir: string): string {
  return join(releaseDir(cacheDir), 'lib');
}

/**
 * Returns the folder of the pinned release's runtime jars, fetching them with Maven the first
 * time. The jars are downloaded into a folder of their own and renamed into place only when
 * complete, so an interrupted fetch is never taken for a cache.
 */
export async function ensureJars(
  cacheDir: string,
  java: JavaRuntime,
  report: Report,
): Promise<string> {
  const libDir = jarDir(cacheDir);
  if (await isDirectory(libDir)) return libDir;

  const mvn = await requireMaven();
  report(`Fetching the Cassandra ${CASSANDRA_VERSION} jars with Maven into ${libDir} (once)`);
  await removeAbandonedFetches(releaseDir(cacheDir));

  const started = Date.now();
  const workDir = join(releaseDir(cacheDir), `fetch-${process.pid}`);
  try {
    await fetchInto(workDir, mvn, java);
    await publish(join(workDir, 'lib'), libDir);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }

  const jars = await readdir(libDir);
  report(`Fetched ${jars.length} jars in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return libDir;
}

/** A POM whose only purpose is to name the one dependency Maven should copy. */
export function throwawayPom(): string {
  const { groupId, artifactId, version } = CASSANDRA_ARTIFACT;
  return `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.graphsense-graphql</groupId>
  <artifactId>cassandra-jars</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>${groupId}</groupId>
      <artifactId>${artifactId}</artifactId>
      <version>${version}</version>
    </dependency>
  </dependencies>
  <build>
    <pluginManagement>
      <plugins>
        <plugin>
          <groupId>org.apache.maven.plugins</groupId>
          <artifactId>maven-dependency-plugin</artifactId>
          <version>${DEPENDENCY_PLUGIN_VERSION}</version>
        </plugin>
      </plugins>
    </pluginManagement>
  </build>
</project>
`;
}

function releaseDir(cacheDir: string): string {
  return join(resolveCacheDir(cacheDir), `cassandra-${CASSANDRA_VERSION}`);
}

async function requireMaven(): Promise<string> {
  const mvn = await findOnPath('mvn');
  if (mvn) return mvn;

  throw new LocalCassandraError(
    'LOCAL_MAVEN_MISSING',
    'Maven is required to fetch the Cassandra jars (once), and `mvn` is not on PATH: ' +
      'install maven (apt-get install maven).',
  );
}

async function fetchInto(workDir: string, mvn: string, java: JavaRuntime): Promise<void> {
  const outputDir = join(workDir, 'lib');
  await mkdir(workDir, { recursive: true });
  await writeFile(join(workDir, 'pom.xml'), throwawayPom());

  await runMaven(mvn, workDir, outputDir, java);
  await assertFetched(outputDir);
}

async function runMaven(mvn: string, workDir: string, outputDir: string, java: JavaRuntime) {
  const args = [
    '-B',
    '-q',
    'dependency:copy-dependencies',
    '-DincludeScope=runtime',
    `-DoutputDirectory=${outputDir}`,
  ];
  try {
    // Maven prints harmless errors about `${jmc5.path}` in transitive POMs: it is kept quiet
    // unless it fails.
    await execFileAsync(mvn, args, {
      cwd: workDir,
      env: { ...process.env, JAVA_HOME: java.home },
      timeout: FETCH_TIMEOUT_MS,
      maxBuffer: MAVEN_OUTPUT_BUFFER_BYTES,
    });
  } catch (error) {
    throw new LocalCassandraError(
      'LOCAL_FETCH_FAILED',
      `Maven could not fetch ${artifactCoordinates()}; its last lines:\n${mavenOutput(error)}`,
      { cause: error },
    );
  }
}

async function assertFetched(outputDir: string): Promise<void> {
  const { artifactId, version } = CASSANDRA_ARTIFACT;
  const jars = await readdir(outputDir).catch(() => [] as string[]);
  if (jars.includes(`${artifactId}-${version}.jar`)) return;

  throw new LocalCassandraError(
    'LOCAL_FETCH_FAILED',
    `Maven finished but ${outputDir} has no ${artifactId}-${version}.jar`,
  );
}

async function publish(fetchedDir: string, libDir: string): Promise<void> {
  try {
    await rename(fetchedDir, libDir);
  } catch (error) {
    // Another process finished the same fetch first: its copy is as good as ours.
    if (await isDirectory(libDir)) return;
    throw error;
  }
}

/** Folders left by fetches whose process was killed; a fetch still running is left alone. */
async function removeAbandonedFetches(dir: string): Promise<void> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  for (const entry of entries) {
    const pid = FETCH_DIR_PATTERN.exec(entry)?.[1];
    if (pid && !isProcessAlive(Number(pid))) {
      await rm(join(dir, entry), { recursive: true, force: true });
    }
  }
}

function artifactCoordinates(): string {
  const { groupId, artifactId, version } = CASSANDRA_ARTIFACT;
  return `${groupId}:${artifactId}:${version}`;
}

function mavenOutput(error: unknown): string {
  const { stdout = '', stderr = '', message = '' } = error as Record<string, string>;
  return lastLines(`${stdout}\n${stderr}`.trim() || message, MAVEN_ERROR_LINES);
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}
