import { GraphQLError } from 'graphql';
import { ErrorCode, type LoginRefusalReason, type UnauthenticatedReason } from './codes.js';

/** Apollo answers with the HTTP status in `extensions.http`. */
const TOO_MANY_REQUESTS = 429;

/** A GraphQL error carrying one of the gateway's codes in `extensions.code`. */
export abstract class GatewayError extends GraphQLError {
  abstract readonly code: ErrorCode;
}

/** A malformed argument, an unknown currency or a page size above the maximum. */
export class BadUserInput extends GatewayError {
  readonly code = ErrorCode.BAD_USER_INPUT;

  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argument } });
  }
}

/** A protected field asked for without a valid token, or a login with wrong credentials. */
export class Unauthenticated extends GatewayError {
  readonly code = ErrorCode.UNAUTHENTICATED;

  constructor(message: string, reason: UnauthenticatedReason | LoginRefusalReason) {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, reason } });
  }
}

/** Too many failed logins; `retryAfter` is in seconds. */
export class RateLimited extends GatewayError {
  readonly code = ErrorCode.RATE_LIMITED;

  constructor(message: string, retryAfter: number) {
    super(message, {
      extensions: {
        code: ErrorCode.RATE_LIMITED,
        retryAfter,
        http: { status: TOO_MANY_REQUESTS },
      },
    });
  }
}

/** An operation beyond the configured query limits. */
export class QueryTooComplex extends GatewayError {
  readonly code = ErrorCode.QUERY_TOO_COMPLEX;

  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } });
  }
}

/** The data cannot be reached now; the original failure stays server-side as `cause`. */
export class ServiceUnavailable extends GatewayError {
  readonly code = ErrorCode.SERVICE_UNAVAILABLE;

  constructor(message: string, options: { cause?: unknown; keyspace?: string } = {}) {
    super(message, {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, keyspace: options.keyspace },
      originalError: asError(options.cause),
    });
  }
}

/** Anything unexpected: the message is the masked one when details must not leave. */
export class InternalServerError extends GatewayError {
  readonly code = ErrorCode.INTERNAL_SERVER_ERROR;

  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
  }
}

function asError(cause: unknown): Error | undefined {
  return cause instanceof Error ? cause : undefined;
}
