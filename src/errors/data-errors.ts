import { ErrorCode } from './codes.js';

/**
 * Data that cannot be read now, raised below the resolvers (which know no GraphQL): a
 * configured keyspace that does not exist, or one without its statistics row. The server
 * answers it as SERVICE_UNAVAILABLE with this message.
 */
export class DataUnavailable extends Error {
  override readonly name = 'DataUnavailable';
  readonly code = ErrorCode.SERVICE_UNAVAILABLE;

  /** The keyspace at fault, named in the answer. */
  readonly keyspace: string;

  constructor(message: string, keyspace: string) {
    super(message);
    this.keyspace = keyspace;
  }
}
