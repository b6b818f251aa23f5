import type { IssuedToken, User } from '../src/auth/index.js';

/**
 * The login state of one request, as the resolvers may use it. The server implements it over
 * the auth service: the token comes from the request's cookie or header, and the answer's
 * cookie follows logins, logouts and refreshes.
 */
export interface Session {
  /**
   * The user of the request's token, checked once per request; throws Unauthenticated with
   * the reason when the token is missing or refused.
   */
  user(): Promise<User>;
  /** A new token for the user; throws Unauthenticated or RateLimited. */
  login(username: string, password: string): Promise<IssuedToken>;
  /** Revokes the request's token; throws Unauthenticated when it is missing or refused. */
  logout(): Promise<void>;
  /** A new token for the request's token, which is revoked; throws Unauthenticated. */
  refresh(): Promise<IssuedToken>;
}
