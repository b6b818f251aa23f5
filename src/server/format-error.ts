import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import type { FastifyBaseLogger } from 'fastify';
import type { GraphQLFormattedError } from 'graphql';
import { AuthStoreUnavailable } from '../auth/index.js';
import { isDriverError } from '../cassandra/client.js';
import type { Mode } from '../config/index.js';
import { DataUnavailable, ErrorCode, GatewayError } from '../errors/index.js';

/** What a client reads when Cassandra fails: never the driver's text, which may quote CQL. */
export const UNAVAILABLE_MESSAGE = 'The database is unavailable or did not answer in time';
/** What a client reads when the user store fails: never the file's path or SQLite's text. */
export const STORE_UNAVAILABLE_MESSAGE = 'The user store is unavailable; try again later';
/** What a client reads of an unexpected error outside development. */
export const MASKED_MESSAGE = 'Internal server error';

/**
 * Apollo's `formatError`: the gateway's own errors pass as they are; data that cannot be read,
 * driver failures and a failing user store become SERVICE_UNAVAILABLE; anything else
 * INTERNAL_SERVER_ERROR, its message masked outside development. Failures are logged in full,
 * server-side only.
 */
export function createErrorFormatter(mode: Mode, log: FastifyBaseLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof GatewayError) return formatted;

    const where = { locations: formatted.locations, path: formatted.path };
    if (original instanceof DataUnavailable) {
      log.warn({ path: formatted.path, keyspace: original.keyspace }, original.message);
      const extensions = { code: ErrorCode.SERVICE_UNAVAILABLE, keyspace: original.keyspace };
      return { message: original.message, ...where, extensions };
    }
    if (isDriverError(original)) {
      log.error({ err: original, path: formatted.path }, 'Cassandra request failed');
      return unavailable(UNAVAILABLE_MESSAGE, where);
    }
    if (original instanceof AuthStoreUnavailable) {
      log.error({ err: original, path: formatted.path }, 'the user store failed');
      return unavailable(STORE_UNAVAILABLE_MESSAGE, where);
    }
    if (isRequestError(formatted)) return formatted;

    log.error({ err: original, path: formatted.path }, 'unexpected error');
    const message = mode === 'production' ? MASKED_MESSAGE : formatted.message;
    return { message, ...where, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

function unavailable(message: string, where: Pick<GraphQLFormattedError, 'locations' | 'path'>) {
  return { message, ...where, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
}

/** Apollo's codes for a request refused before execution (parse, validation, variables). */
const REQUEST_ERROR_CODES = new Set<unknown>(
  Object.values(ApolloServerErrorCode).filter(
    (code) => code !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR,
  ),
);

/**
 * Errors of the request itself, raised by graphql-js and Apollo before any resolver ran:
 * their messages speak of the client's own document only.
 */
function isRequestError(formatted: GraphQLFormattedError): boolean {
  return formatted.path === undefined && REQUEST_ERROR_CODES.has(formatted.extensions?.code);
}
