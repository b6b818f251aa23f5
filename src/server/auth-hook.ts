import type { FastifyInstance } from 'fastify';
import type { AuthService } from '../auth/index.js';
import { RequestSession } from './auth-context.js';
import { refusalMessage } from './auth-messages.js';
import { HTTP, refuse } from './rest-answer.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The request's login state; see RequestSession. */
    session: RequestSession;
  }
  interface FastifyContextConfig {
    /** Set on routes open without a token (see PUBLIC_ROUTE); every other route needs one. */
    public?: boolean;
  }
}

/**
 * The `config` of a route that needs no token: login, logout and refresh check theirs
 * themselves, GraphQL field by field, the playground's files are public in development.
 */
export const PUBLIC_ROUTE = { public: true } as const;

/**
 * Gives every request its session and refuses every route not marked PUBLIC_ROUTE unless
 * the request carries a valid token: 401 in the old service's shape. Routes added later are
 * therefore protected by default; a user store that cannot be read answers 503, never access.
 */
export function registerAuthentication(
  app: FastifyInstance,
  service: AuthService,
  cookieSecure: boolean,
): void {
  // Declared once, so that every request has the property; the first hook sets its value.
  app.decorateRequest('session', null as unknown as RequestSession);
  app.addHook('onRequest', async (request, reply) => {
    request.session = new RequestSession(service, request, reply, cookieSecure);
  });

  app.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.config.public === true) return undefined;
    const result = await request.session.authenticate();
    return result.ok ? undefined : refuse(reply, HTTP.UNAUTHORIZED, refusalMessage(result.reason));
  });
}
