import { describe, expect, it } from 'vitest';
import type { LocalCassandraSettings } from '../../../src/config/types.js';
import { CASSANDRA_MAIN_CLASS, isOurNode, javaArguments } from '../../../src/local/command-line.js';
import { nodePaths } from '../../../src/local/node-files.js';

const settings: LocalCassandraSettings = {
  cqlPort: 9142,
  storagePort: 7100,
  heap: '1G',
  cacheDir: '/cache/graphsense',
};
const paths = nodePaths(settings);
const args = javaArguments(settings, paths, '/cache/graphsense/cassandra-5.0.8/lib');

describe('javaArguments', () => {
  it('gives the JVM an explicit heap', () => {
    expect(args).toContain('-Xms1G');
    expect(args).toContain('-Xmx1G');
  });

  it('passes the configuration as a file URL', () => {
    expect(args).toContain(
      '-Dcassandra.config=file:///cache/graphsense/node-9142/conf/cassandra.yaml',
    );
  });

  it('opens the Java 17 modules the daemon needs', () => {
    expect(args).toContain('java.base/jdk.internal.misc=ALL-UNNAMED');
    expect(args).toContain('java.base/sun.nio.ch=ALL-UNNAMED');
  });

  it('points JNA and Java temp files into the node state', () => {
    expect(args).toContain(`-Djna.tmpdir=${paths.tmpDir}`);
    expect(args).toContain(`-Djava.io.tmpdir=${paths.tmpDir}`);
  });

  it('ends with the class path and the daemon class', () => {
    expect(args.slice(-3)).toEqual([
      '-cp',
      '/cache/graphsense/cassandra-5.0.8/lib/*',
      CASSANDRA_MAIN_CLASS,
    ]);
  });

  it('refuses a heap that is not a size', () => {
    const bad = { ...settings, heap: 'lots' };

    expect(() => javaArguments(bad, paths, '/lib')).toThrow(
      expect.objectContaining({ code: 'LOCAL_SETTING_INVALID' }),
    );
  });
});

describe('isOurNode', () => {
  it('recognises the command line it builds', () => {
    expect(isOurNode(['/usr/bin/java', ...args], paths)).toBe(true);
  });

  it('rejects a Cassandra started with another configuration', () => {
    const other = nodePaths({ ...settings, cqlPort: 9042 });

    expect(isOurNode(['/usr/bin/java', ...args], other)).toBe(false);
  });

  it('rejects another program and a zombie', () => {
    expect(isOurNode(['node', 'server.js', `-Dcassandra.config=${paths.configFile}`], paths)).toBe(
      false,
    );
    expect(isOurNode([], paths)).toBe(false);
  });
});
