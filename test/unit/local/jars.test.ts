import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { CASSANDRA_VERSION, ensureJars, jarDir } from '../../../src/local/jars.js';

const java = { executable: '/usr/bin/java', home: '/usr' };
const quiet = () => undefined;

/** Beyond any pid_max, so never a live process. */
const DEAD_PID = 99_999_999;

/** A fake `mvn` that copies one jar into -DoutputDirectory, then exits with `exitCode`. */
const FAKE_MAVEN = (exitCode: number) => `#!/bin/sh
for arg in "$@"; do
  case "$arg" in -DoutputDirectory=*) out="\${arg#-DoutputDirectory=}" ;; esac
done
mkdir -p "$out" && touch "$out/cassandra-all-${CASSANDRA_VERSION}.jar"
echo "fake maven output" >&2
exit ${exitCode}
`;

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'jars-'));
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(root, { recursive: true, force: true });
});

async function useFakeMaven(exitCode: number): Promise<void> {
  const bin = join(root, 'bin');
  await mkdir(bin);
  await writeFile(join(bin, 'mvn'), FAKE_MAVEN(exitCode));
  await chmod(join(bin, 'mvn'), 0o755);
  vi.stubEnv('PATH', `${bin}:/usr/bin:/bin`);
}

it('moves the jars into the cache only once Maven has finished', async () => {
  await useFakeMaven(0);
  const cacheDir = join(root, 'cache');

  const libDir = await ensureJars(cacheDir, java, quiet);

  expect(libDir).toBe(jarDir(cacheDir));
  expect(await readdir(libDir)).toEqual([`cassandra-all-${CASSANDRA_VERSION}.jar`]);
  expect(await readdir(join(libDir, '..'))).toEqual(['lib']);
});

it('leaves no cache behind when Maven fails', async () => {
  await useFakeMaven(1);
  const cacheDir = join(root, 'cache');

  const fetch = ensureJars(cacheDir, java, quiet);

  await expect(fetch).rejects.toMatchObject({ code: 'LOCAL_FETCH_FAILED' });
  expect(await readdir(join(jarDir(cacheDir), '..'))).toEqual([]);
});

it('removes the folder of a fetch whose process was killed', async () => {
  await useFakeMaven(0);
  const cacheDir = join(root, 'cache');
  const abandoned = join(jarDir(cacheDir), '..', `fetch-${DEAD_PID}`);
  await mkdir(join(abandoned, 'lib'), { recursive: true });

  await ensureJars(cacheDir, java, quiet);

  expect(await readdir(join(jarDir(cacheDir), '..'))).toEqual(['lib']);
});

it('reuses a finished cache without Maven', async () => {
  vi.stubEnv('PATH', join(root, 'nothing'));
  const cacheDir = join(root, 'cache');
  await mkdir(jarDir(cacheDir), { recursive: true });

  expect(await ensureJars(cacheDir, java, quiet)).toBe(jarDir(cacheDir));
});

it('names the package to install when Maven is missing', async () => {
  vi.stubEnv('PATH', join(root, 'nothing'));

  await expect(ensureJars(join(root, 'cache'), java, quiet)).rejects.toMatchObject({
    code: 'LOCAL_MAVEN_MISSING',
  });
});
