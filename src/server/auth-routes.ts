import type { FastifyInstance } from 'fastify';
import { PUBLIC_ROUTE } from './auth-hook.js';
import { AUTH_MESSAGES } from './auth-messages.js';
import { HTTP, refuse, succeed } from './rest-answer.js';

/** The old service's routes, kept for its clients: the dashboard and scripts. */
export const LOGIN_PATH = '/login';
export const LOGOUT_PATH = '/logout';
export const REFRESH_PATH = '/refresh';

/** A login body is two short strings; anything much larger is refused unread. */
const LOGIN_BODY_LIMIT = 16 * 1_024;

interface Credentials {
  username: string;
  password: string;
}

const CREDENTIALS_SCHEMA = {
  type: 'object',
  required: ['username', 'password'],
  properties: { username: { type: 'string' }, password: { type: 'string' } },
} as const;

/**
 * `POST /login`, `POST /logout` and `GET /refresh` with the old service's bodies and statuses:
 * a token in `Authorization` of the body and the cookie after a login or refresh; 401 for
 * wrong credentials or a refused token, 403 for a logout without a token, 429 with
 * `Retry-After` after too many failed logins. They share the GraphQL mutations' session, so
 * failed logins are counted across both.
 */
export function registerAuthRoutes(app: FastifyInstance): void {
  app.post<{ Body: Credentials }>(
    LOGIN_PATH,
    { config: PUBLIC_ROUTE, schema: { body: CREDENTIALS_SCHEMA }, bodyLimit: LOGIN_BODY_LIMIT },
    async (request) => {
      const { username, password } = request.body;
      const issued = await request.session.login(username, password);
      return succeed(AUTH_MESSAGES.loggedIn, issued.token);
    },
  );

  app.post(LOGOUT_PATH, { config: PUBLIC_ROUTE }, async (request, reply) => {
    if (request.session.token === undefined) {
      return refuse(reply, HTTP.FORBIDDEN, AUTH_MESSAGES.noTokenToLogOut);
    }
    await request.session.logout();
    return succeed(AUTH_MESSAGES.loggedOut);
  });

  // GET as the old dashboard calls it; no HEAD route, which would revoke tokens unasked.
  app.get(REFRESH_PATH, { config: PUBLIC_ROUTE, exposeHeadRoute: false }, async (request) => {
    const issued = await request.session.refresh();
    return succeed(AUTH_MESSAGES.refreshed, issued.token);
  });
}
