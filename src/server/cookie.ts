import type { FastifyReply } from 'fastify';
import type { IssuedToken } from '../auth/index.js';

/** The cookie that carries the token, named as the old dashboard reads and sends it. */
export const TOKEN_COOKIE = 'Authorization';

const COOKIE_PATH = '/';

/**
 * Sets the token as the `Authorization` cookie: the bare token, out of reach of scripts
 * (HttpOnly), not sent with cross-site posts (SameSite=Lax), Secure when configured, and
 * expiring with the token.
 */
export function setTokenCookie(reply: FastifyReply, issued: IssuedToken, secure: boolean): void {
  reply.setCookie(TOKEN_COOKIE, issued.token, { ...attributes(secure), expires: issued.expiresAt });
}

/** Tells the browser to drop the token cookie. */
export function clearTokenCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(TOKEN_COOKIE, attributes(secure));
}

function attributes(secure: boolean) {
  return { path: COOKIE_PATH, httpOnly: true, sameSite: 'lax', secure } as const;
}
