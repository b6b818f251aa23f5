/** The local single-node Cassandra that the demo, the tests and CI share. */
export { LOCAL_DATA_CENTER, probeReleaseVersion } from './cql.js';
export { LocalCassandraError, type LocalCassandraErrorCode } from './errors.js';
export { CASSANDRA_VERSION } from './jars.js';
export { describeStatus, type NodeStatus, nodeStatus, startNode, stopNode } from './node.js';
export { NODE_ADDRESS, nodePaths } from './node-files.js';
export type { Report } from './report.js';
