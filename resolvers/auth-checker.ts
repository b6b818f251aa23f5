import type { AuthCheckerFn } from 'type-graphql';
import type { GatewayContext } from './context.js';

/**
 * type-graphql's check for `@Authorized()` fields: the request's token must belong to a user.
 * A refused token throws Unauthenticated with its reason, and a user store that cannot be read
 * throws too, so each protected field gets its own error and never runs without a user.
 */
export const authChecker: AuthCheckerFn<GatewayContext> = async ({ context }) => {
  await context.session.user();
  return true;
};
