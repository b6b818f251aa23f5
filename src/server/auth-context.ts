import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Session } from '../../resolvers/session.js';
import {
  type Authentication,
  type AuthService,
  extractToken,
  type IssuedToken,
  type TokenFailure,
  type User,
} from '../auth/index.js';
import { RateLimited, Unauthenticated } from '../errors/index.js';
import { AUTH_MESSAGES, refusalMessage } from './auth-messages.js';
import { clearTokenCookie, setTokenCookie, TOKEN_COOKIE } from './cookie.js';

/**
 * The login state of one request, for its GraphQL fields and REST routes alike. The token is
 * read from the request when first needed and authenticated at most once: a request that
 * asks only for public fields never touches the user store. Logins, logouts and refreshes
 * set or clear the answer's cookie. A user store that cannot be read rejects with
 * AuthStoreUnavailable, which the server answers as SERVICE_UNAVAILABLE: never access.
 */
export class RequestSession implements Session {
  readonly #service: AuthService;
  readonly #request: FastifyRequest;
  readonly #reply: FastifyReply;
  readonly #cookieSecure: boolean;
  #authentication: Promise<Authentication> | undefined;

  constructor(
    service: AuthService,
    request: FastifyRequest,
    reply: FastifyReply,
    cookieSecure: boolean,
  ) {
    this.#service = service;
    this.#request = request;
    this.#reply = reply;
    this.#cookieSecure = cookieSecure;
  }

  /** The request's token: the cookie, then a Bearer or bare `Authorization` header. */
  get token(): string | undefined {
    const { cookies, headers } = this.#request;
    return extractToken({ cookie: cookies[TOKEN_COOKIE], header: headers.authorization });
  }

  /** The token's user or why it is refused, checked on the first call only. */
  authenticate(): Promise<Authentication> {
    this.#authentication ??= this.#service.authenticate(this.token);
    return this.#authentication;
  }

  async user(): Promise<User> {
    const result = await this.authenticate();
    if (!result.ok) throw unauthenticated(result);
    return result.user;
  }

  async login(username: string, password: string): Promise<IssuedToken> {
    const result = await this.#service.login(username, password, this.#request.ip);
    if (result.ok) {
      setTokenCookie(this.#reply, result.issued, this.#cookieSecure);
      return result.issued;
    }
    if (result.reason === 'INVALID_CREDENTIALS') {
      throw new Unauthenticated(AUTH_MESSAGES.wrongCredentials, result.reason);
    }
    this.#reply.header('retry-after', String(result.retryAfterSeconds));
    throw new RateLimited(AUTH_MESSAGES.tooManyLogins, result.retryAfterSeconds);
  }

  async logout(): Promise<void> {
    const result = await this.#service.logout(this.token);
    if (!result.ok) throw unauthenticated(result);
    clearTokenCookie(this.#reply, this.#cookieSecure);
  }

  async refresh(): Promise<IssuedToken> {
    const result = await this.#service.refresh(this.token);
    if (!result.ok) throw unauthenticated(result);
    setTokenCookie(this.#reply, result.issued, this.#cookieSecure);
    return result.issued;
  }
}

function unauthenticated(failure: TokenFailure): Unauthenticated {
  return new Unauthenticated(refusalMessage(failure.reason), failure.reason);
}
