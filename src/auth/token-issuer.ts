import { hkdfSync, randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { IssuedToken, TokenClaims, TokenFailure } from './types.js';
import { isValidUsername } from './username.js';

/** The only algorithm tokens are signed with and accepted in. */
export const TOKEN_ALGORITHM = 'HS256';
/** How far the clocks of the gateway and a token's issuer may disagree, in seconds. */
export const CLOCK_TOLERANCE_SECONDS = 30;
/** Longer text is not looked at; real tokens are about 250 characters. */
export const MAX_TOKEN_LENGTH = 4_096;

/** The signing key's length in bytes, that of SHA-256's output. */
const SIGNING_KEY_BYTES = 32;
// The secret also signs paging cursors: the token key is derived from it for this use only,
// so that no signature made for one purpose can pass as the other.
const SIGNING_KEY_CONTEXT = 'graphsense-graphql login token';
const CLAIMS_REQUIRED = ['sub', 'iat', 'exp', 'jti'];
const MS_PER_SECOND = 1_000;

/** The HMAC key that tokens are signed with, derived from the configured secret. */
export function tokenSigningKey(secret: string): Uint8Array {
  const key = hkdfSync('sha256', secret, '', SIGNING_KEY_CONTEXT, SIGNING_KEY_BYTES);
  return new Uint8Array(key);
}

/**
 * Signs and checks login tokens: HS256 JWTs with subject, issue time, expiry and a random
 * id. Checking covers the signature, the algorithm and the expiry; whether the token was
 * revoked and its user still exists is the auth service's part.
 */
export class TokenIssuer {
  readonly #key: Uint8Array;
  readonly #lifetimeSeconds: number;

  constructor(secret: string, lifetimeSeconds: number) {
    this.#key = tokenSigningKey(secret);
    this.#lifetimeSeconds = lifetimeSeconds;
  }

  /** A new token for `username`, valid for the configured lifetime. */
  async issue(username: string): Promise<IssuedToken> {
    const issuedAt = Math.floor(Date.now() / MS_PER_SECOND);
    const expiresAt = issuedAt + this.#lifetimeSeconds;
    const token = await new SignJWT()
      .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: 'JWT' })
      .setSubject(username)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .setJti(randomUUID())
      .sign(this.#key);
    return { token, expiresAt: new Date(expiresAt * MS_PER_SECOND) };
  }

  /** The claims of a well-signed, unexpired HS256 token, or why it is refused. */
  async verify(token: string): Promise<TokenClaims | TokenFailure> {
    if (token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'INVALID' };
    try {
      const { payload } = await jwtVerify(token, this.#key, {
        algorithms: [TOKEN_ALGORITHM],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: CLAIMS_REQUIRED,
      });
      return toClaims(payload) ?? { ok: false, reason: 'INVALID' };
    } catch (error) {
      return { ok: false, reason: refusalReason(error) };
    }
  }
}

/** Whether `verify` answered with claims rather than a refusal. */
export function isTokenFailure(result: TokenClaims | TokenFailure): result is TokenFailure {
  return 'ok' in result;
}

// jose has checked that the registered claims it knows are well-typed when present;
// `requiredClaims` that they are present. Only the values' meaning is left.
function toClaims(payload: Record<string, unknown>): TokenClaims | undefined {
  const { sub, jti, iat, exp } = payload;
  if (typeof sub !== 'string' || !isValidUsername(sub)) return undefined;
  if (typeof jti !== 'string' || jti === '') return undefined;
  if (typeof iat !== 'number' || typeof exp !== 'number') return undefined;
  return { subject: sub, tokenId: jti, issuedAt: iat, expiresAt: exp };
}

function refusalReason(error: unknown): TokenFailure['reason'] {
  if (error instanceof errors.JWTExpired) return 'EXPIRED';
  if (error instanceof errors.JOSEError) return 'INVALID';
  // Anything else (a bug, not a bad token) must not pass as a refusal.
  throw error;
}
