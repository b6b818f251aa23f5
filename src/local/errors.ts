/** Why the local Cassandra node could not be fetched, configured, started or stopped. */
export type LocalCassandraErrorCode =
  | 'LOCAL_JAVA_MISSING'
  | 'LOCAL_MAVEN_MISSING'
  | 'LOCAL_FETCH_FAILED'
  | 'LOCAL_SETTING_INVALID'
  | 'LOCAL_PORT_IN_USE'
  | 'LOCAL_NODE_DIED'
  | 'LOCAL_START_TIMEOUT'
  | 'LOCAL_STOP_FAILED';

/** A failure of the local node launcher, with a message meant for the person running it. */
export class LocalCassandraError extends Error {
  readonly code: LocalCassandraErrorCode;

  constructor(code: LocalCassandraErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'LocalCassandraError';
    this.code = code;
  }
}
