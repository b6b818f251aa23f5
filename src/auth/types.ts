import type { UnauthenticatedReason } from '../errors/codes.js';

/**
 * Why a token was refused, as the API names it in `extensions.reason`: none sent
 * `MISSING`; malformed, wrongly signed, of another algorithm or without expiry `INVALID`;
 * expired `EXPIRED`; logged out, replaced by refresh, or of a removed user `REVOKED`.
 */
export type TokenFailureReason = UnauthenticatedReason;

/** A user as the rest of the gateway sees one: never with the password hash. */
export interface User {
  username: string;
  createdAt: Date;
}

/** A freshly signed token and when it stops being accepted (clock tolerance aside). */
export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

/** The claims of a token whose signature, algorithm and expiry have been checked. */
export interface TokenClaims {
  /** `sub`: the username. */
  subject: string;
  /** `jti`: the id a logout revokes. */
  tokenId: string;
  /** `iat` in seconds since the epoch. */
  issuedAt: number;
  /** `exp` in seconds since the epoch. */
  expiresAt: number;
}

/** A token that was refused, and why. */
export interface TokenFailure {
  ok: false;
  reason: TokenFailureReason;
}

/** The outcome of `authenticate`: the token's user, or why the token was refused. */
export type Authentication = { ok: true; user: User; claims: TokenClaims } | TokenFailure;

/** The outcome of `login`; the limiter's refusal says when to try again. */
export type LoginResult =
  | { ok: true; user: User; issued: IssuedToken }
  | { ok: false; reason: 'INVALID_CREDENTIALS' }
  | { ok: false; reason: 'RATE_LIMITED'; retryAfterSeconds: number };

/** The outcome of `logout`: only a token that would have been accepted can be revoked. */
export type LogoutResult = { ok: true; username: string } | TokenFailure;

/** The outcome of `refresh`: a new token for a valid one, which is revoked. */
export type RefreshResult = { ok: true; user: User; issued: IssuedToken } | TokenFailure;
