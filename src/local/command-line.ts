import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LocalCassandraSettings } from '../config/types.js';
import { LocalCassandraError } from './errors.js';
import type { NodePaths } from './node-files.js';

/** The class a Cassandra node's JVM runs. */
export const CASSANDRA_MAIN_CLASS = 'org.apache.cassandra.service.CassandraDaemon';

/** A JVM heap size as `-Xmx` takes it: `512M`, `1G`. */
const HEAP_PATTERN = /^\d+[KkMmGg]$/;

/** From Cassandra's conf/jvm17-server.options: without them the daemon dies at startup. */
const JAVA_17_EXPORTS = [
  'java.base/jdk.internal.misc',
  'java.management.rmi/com.sun.jmx.remote.internal.rmi',
  'java.management/com.sun.jmx.remote.security',
  'java.rmi/sun.rmi.registry',
  'java.rmi/sun.rmi.server',
  'java.sql/java.sql',
  'java.base/java.lang.ref',
  'jdk.unsupported/sun.misc',
];

const JAVA_17_OPENS = [
  'java.base/java.lang.module',
  'java.base/jdk.internal.loader',
  'java.base/jdk.internal.ref',
  'java.base/jdk.internal.reflect',
  'java.base/jdk.internal.math',
  'java.base/jdk.internal.module',
  'java.base/jdk.internal.util.jar',
  'jdk.management/com.sun.management.internal',
  'java.base/sun.nio.ch',
  'java.base/java.io',
  'java.base/java.lang.reflect',
  'java.base/java.lang',
  'java.base/java.util',
  'java.base/java.nio',
];

const JAVA_17_PROPERTIES = [
  '-Djdk.attach.allowAttachSelf=true',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djava.net.preferIPv4Stack=true',
  '-Dchronicle.analytics.disable=true',
];

/**
 * A single node needs no gossip settling and only a short ring delay. `unsafesystem` is left
 * out on purpose: the node also keeps the demo's data.
 */
const SINGLE_NODE_PROPERTIES = [
  '-Dcassandra.skip_wait_for_gossip_to_settle=0',
  '-Dcassandra.ring_delay_ms=1000',
];

/** The arguments after `java` that start this node from the jars in `libDir`. */
export function javaArguments(
  settings: LocalCassandraSettings,
  paths: NodePaths,
  libDir: string,
): string[] {
  return [
    ...heapOptions(settings.heap),
    ...moduleOptions(),
    ...JAVA_17_PROPERTIES,
    ...SINGLE_NODE_PROPERTIES,
    configOption(paths),
    // Without foreground the daemon closes its standard output and error.
    '-Dcassandra-foreground=yes',
    `-Dcassandra.storagedir=${paths.storageDir}`,
    `-Dlogback.configurationFile=${paths.logbackFile}`,
    // JNA unpacks a native library into its temp folder, which must allow execution.
    `-Djna.tmpdir=${paths.tmpDir}`,
    `-Djava.io.tmpdir=${paths.tmpDir}`,
    '-cp',
    join(libDir, '*'),
    CASSANDRA_MAIN_CLASS,
  ];
}

/**
 * Whether a process's command line (as /proc/<pid>/cmdline splits it) is this node: the
 * Cassandra daemon started with this node's cassandra.yaml. An operator's node, another
 * local node or a reused pid all answer no.
 */
export function isOurNode(commandLine: readonly string[], paths: NodePaths): boolean {
  return commandLine.includes(CASSANDRA_MAIN_CLASS) && commandLine.includes(configOption(paths));
}

function configOption(paths: NodePaths): string {
  // Cassandra reads its configuration from a URL, not a path.
  return `-Dcassandra.config=${pathToFileURL(paths.configFile).href}`;
}

function heapOptions(heap: string): string[] {
  if (!HEAP_PATTERN.test(heap)) {
    throw new LocalCassandraError(
      'LOCAL_SETTING_INVALID',
      `LOCAL_CASSANDRA_HEAP: "${heap}" is not a heap size such as 512M or 1G`,
    );
  }
  // An explicit heap: the JVM's default would be a quarter of the machine's memory. A node out
  // of memory that goes on may corrupt data, hence the exit.
  return [`-Xms${heap}`, `-Xmx${heap}`, '-XX:+ExitOnOutOfMemoryError'];
}

function moduleOptions(): string[] {
  return [
    ...JAVA_17_EXPORTS.flatMap((module) => ['--add-exports', `${module}=ALL-UNNAMED`]),
    ...JAVA_17_OPENS.flatMap((module) => ['--add-opens', `${module}=ALL-UNNAMED`]),
  ];
}
