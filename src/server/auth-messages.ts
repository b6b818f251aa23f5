import type { UnauthenticatedReason } from '../errors/index.js';
import { STORE_UNAVAILABLE_MESSAGE } from './format-error.js';

/**
 * What clients read about logins and tokens, in REST bodies and GraphQL errors alike. Clients
 * rely on status codes, `extensions.code` and `extensions.reason`, never on these texts.
 */
export const AUTH_MESSAGES = {
  loggedIn: 'Logged in.',
  loggedOut: 'Logged out.',
  refreshed: 'Token refreshed.',
  wrongCredentials: 'Wrong username or password.',
  tooManyLogins: 'Too many failed logins; try again later.',
  noTokenToLogOut: 'No token to log out: send it as the Authorization cookie or header.',
  storeUnavailable: STORE_UNAVAILABLE_MESSAGE,
} as const;

const REFUSALS: Record<UnauthenticatedReason, string> = {
  MISSING: 'A login token is required: send it as `Authorization: Bearer <token>`.',
  INVALID: 'The login token is invalid.',
  EXPIRED: 'The login token has expired: log in again.',
  REVOKED: 'The login token has been revoked: log in again.',
};

/** Why a token was refused, for a client to read. */
export function refusalMessage(reason: UnauthenticatedReason): string {
  return REFUSALS[reason];
}
