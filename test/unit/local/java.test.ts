import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalCassandraError } from '../../../src/local/errors.js';
import { findJava17, parseJavaMajor } from '../../../src/local/java.js';

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "17" 2021-09-14', 17],
    ['openjdk version "25.0.3" 2026-04-21 LTS', 25],
    ['openjdk version "11.0.2" 2019-01-15', 11],
    ['java version "1.8.0_292"', 8],
  ])('reads %s as %i', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });

  it('returns null for output without a version', () => {
    expect(parseJavaMajor('bash: java: command not found')).toBeNull();
  });
});

describe('findJava17', () => {
  let root: string;

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  /** A fake `java` that prints `version` the way `java -version` does, to standard error. */
  async function fakeJava(dir: string, version: string): Promise<string> {
    await mkdir(join(dir, 'bin'), { recursive: true });
    const java = join(dir, 'bin', 'java');
    await writeFile(java, `#!/bin/sh\necho 'openjdk version "${version}"' >&2\n`);
    await chmod(java, 0o755);
    return java;
  }

  async function makeRoot(): Promise<string> {
    root = await mkdtemp(join(tmpdir(), 'java-search-'));
    return root;
  }

  it('prefers JAVA_HOME when it is a 17', async () => {
    const dir = await makeRoot();
    const java = await fakeJava(join(dir, 'home'), '17.0.15');
    await fakeJava(join(dir, 'path'), '17.0.1');

    const env = { JAVA_HOME: join(dir, 'home'), PATH: join(dir, 'path', 'bin') };
    const found = await findJava17({ env, jvmDir: join(dir, 'none') });

    expect(found).toEqual({ executable: java, home: join(dir, 'home') });
  });

  it('skips a newer JAVA_HOME and PATH for a 17 in the JVM folder', async () => {
    const dir = await makeRoot();
    await fakeJava(join(dir, 'home'), '25.0.3');
    await fakeJava(join(dir, 'path'), '21.0.2');
    await fakeJava(join(dir, 'jvm', 'a-11'), '11.0.2');
    const java = await fakeJava(join(dir, 'jvm', 'b-17'), '17.0.15');

    const env = { JAVA_HOME: join(dir, 'home'), PATH: join(dir, 'path', 'bin') };
    const found = await findJava17({ env, jvmDir: join(dir, 'jvm') });

    expect(found.executable).toBe(java);
  });

  it('fails with a plain code when no Java 17 exists', async () => {
    const dir = await makeRoot();
    await fakeJava(join(dir, 'path'), '11.0.2');

    const search = findJava17({ env: { PATH: join(dir, 'path', 'bin') }, jvmDir: dir });

    await expect(search).rejects.toBeInstanceOf(LocalCassandraError);
    await expect(search).rejects.toMatchObject({ code: 'LOCAL_JAVA_MISSING' });
  });
});
