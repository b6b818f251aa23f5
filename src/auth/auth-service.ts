import type { Config } from '../config/index.js';
import { type AuthStore, type AuthStoreOptions, openAuthStore } from './auth-store.js';
import { LoginLimiter, type LoginLimits } from './login-limiter.js';
import { CLOCK_TOLERANCE_SECONDS, isTokenFailure, TokenIssuer } from './token-issuer.js';
import type {
  Authentication,
  LoginResult,
  LogoutResult,
  RefreshResult,
  TokenClaims,
  TokenFailure,
  User,
} from './types.js';

export interface AuthServiceOptions {
  /** The configured secret (SECRET_KEY); only a key derived from it signs tokens. */
  secret: string;
  tokenLifetimeSeconds: number;
  loginLimits: LoginLimits;
}

const MS_PER_SECOND = 1_000;

/**
 * Login, logout, refresh and authentication over one auth store. Outcomes a client causes
 * (wrong password, bad token, too many failures) are results; a store that cannot be read
 * or written throws AuthStoreUnavailable, never a result that grants or refuses access.
 */
export class AuthService {
  readonly store: AuthStore;
  readonly #issuer: TokenIssuer;
  readonly #limiter: LoginLimiter;
  /** Token ids being checked and revoked right now, by a logout or a refresh. */
  readonly #revoking = new Set<string>();

  constructor(store: AuthStore, options: AuthServiceOptions) {
    this.store = store;
    this.#issuer = new TokenIssuer(options.secret, options.tokenLifetimeSeconds);
    this.#limiter = new LoginLimiter(options.loginLimits);
  }

  /** A token for the user when the password is theirs and no limit of failures is exceeded. */
  async login(username: string, password: string, clientAddress: string): Promise<LoginResult> {
    const attempt = await this.#limiter.begin(username, clientAddress);
    if (typeof attempt === 'number') {
      return { ok: false, reason: 'RATE_LIMITED', retryAfterSeconds: attempt };
    }

    let user: User | undefined;
    try {
      user = await this.store.users.checkPassword(username, password);
    } catch (error) {
      await this.#limiter.abandoned(attempt);
      throw error;
    }
    if (user === undefined) return { ok: false, reason: 'INVALID_CREDENTIALS' };

    await this.#limiter.succeeded(attempt);
    return { ok: true, user, issued: await this.#issuer.issue(user.username) };
  }

  /** The token's user, or why the token is refused. */
  async authenticate(token: string | undefined): Promise<Authentication> {
    const claims = await this.#verify(token);
    return isTokenFailure(claims) ? claims : this.#check(claims);
  }

  /** Revokes a valid token until it would have expired; an invalid one is left alone. */
  async logout(token: string | undefined): Promise<LogoutResult> {
    const checked = await this.#revoke(token);
    return checked.ok ? { ok: true, username: checked.user.username } : checked;
  }

  /** A new token for a valid one, which is revoked. */
  async refresh(token: string | undefined): Promise<RefreshResult> {
    const checked = await this.#revoke(token);
    if (!checked.ok) return checked;
    return {
      ok: true,
      user: checked.user,
      issued: await this.#issuer.issue(checked.user.username),
    };
  }

  /** Stops the store's sweeps and closes its file. */
  async close(): Promise<void> {
    await this.store.close();
  }

  async #verify(token: string | undefined): Promise<TokenClaims | TokenFailure> {
    if (token === undefined || token === '') return { ok: false, reason: 'MISSING' };
    return this.#issuer.verify(token);
  }

  /** Whether a well-signed token's id is revoked and its user still the one it was for. */
  async #check(claims: TokenClaims): Promise<Authentication> {
    const [revoked, user] = await Promise.all([
      this.store.revocations.isRevoked(claims.tokenId),
      this.store.users.find(claims.subject),
    ]);
    if (revoked || !belongsTo(claims, user)) return { ok: false, reason: 'REVOKED' };
    return { ok: true, user, claims };
  }

  // The check and the write happen under the token id's lock: of two logouts or refreshes
  // of one token, the second either finds the lock or reads the first one's write.
  async #revoke(token: string | undefined): Promise<Authentication> {
    const claims = await this.#verify(token);
    if (isTokenFailure(claims)) return claims;
    if (this.#revoking.has(claims.tokenId)) return { ok: false, reason: 'REVOKED' };

    this.#revoking.add(claims.tokenId);
    try {
      const checked = await this.#check(claims);
      if (!checked.ok) return checked;
      // Kept while the token would still pass the clock tolerance, not only until `exp`.
      const until = (claims.expiresAt + CLOCK_TOLERANCE_SECONDS) * MS_PER_SECOND;
      await this.store.revocations.revoke(claims.tokenId, claims.subject, until);
      return checked;
    } finally {
      this.#revoking.delete(claims.tokenId);
    }
  }
}

/**
 * Opens the store in the configured data folder and the service over it, with the configured
 * token lifetime and login limits; the caller closes it.
 */
export async function openAuthService(
  config: Config,
  storeOptions: AuthStoreOptions = {},
): Promise<AuthService> {
  const { auth } = config;
  const store = await openAuthStore(auth.dataDir, storeOptions);
  return new AuthService(store, {
    secret: config.secret.value,
    tokenLifetimeSeconds: auth.tokenLifetimeSeconds,
    loginLimits: {
      perUser: auth.loginLimitPerUser,
      perAddress: auth.loginLimitPerAddress,
      windowSeconds: auth.loginLimitWindowSeconds,
    },
  });
}

// A removed user's tokens are refused as REVOKED: the token itself is sound, the access it
// carried was withdrawn. A user removed and added again does not inherit older tokens.
function belongsTo(claims: TokenClaims, user: User | undefined): user is User {
  if (user === undefined) return false;
  return claims.issuedAt >= Math.floor(user.createdAt.getTime() / MS_PER_SECOND);
}
