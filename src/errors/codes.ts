/**
 * Every `extensions.code` the gateway answers with. Clients and tests rely on these names;
 * messages may change, codes may not.
 */
export const ErrorCode = {
  /** A malformed argument, cursor or page size, or an unknown currency. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** A protected field without a valid token; `extensions.reason` says why. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** Too many failed logins. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** An operation beyond the depth, alias or cost limits. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** Cassandra or the user store unreachable or timing out, or a keyspace missing. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** Anything unexpected; details are masked outside development. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Why a token was refused, in `extensions.reason` of UNAUTHENTICATED. */
export type UnauthenticatedReason = 'MISSING' | 'INVALID' | 'EXPIRED' | 'REVOKED';

/** Why a login was refused, in `extensions.reason` of UNAUTHENTICATED: no token is involved. */
export type LoginRefusalReason = 'INVALID_CREDENTIALS';
