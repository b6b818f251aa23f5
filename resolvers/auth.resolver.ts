import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AuthToken } from './auth-token.type.js';
import type { GatewayContext } from './context.js';
import { User } from './user.type.js';

/** Login, logout and refresh, as the REST routes /login, /logout and /refresh offer them. */
@Resolver()
export class AuthResolver {
  @Mutation(() => AuthToken, {
    nullable: true,
    description:
      'Logs in: a token for the user, also set as the `Authorization` cookie. Wrong ' +
      'credentials are UNAUTHENTICATED (reason INVALID_CREDENTIALS); too many failed logins ' +
      'RATE_LIMITED, with `retryAfter` in seconds.',
  })
  login(
    @Arg('username', { description: 'The username.' }) username: string,
    @Arg('password', { description: 'Its password.' }) password: string,
    @Ctx() context: GatewayContext,
  ): Promise<AuthToken> {
    return context.session.login(username, password);
  }

  @Mutation(() => Boolean, {
    nullable: true,
    description:
      "Revokes the request's token and clears the cookie; true when done. A missing, " +
      'invalid, expired or revoked token is UNAUTHENTICATED with the reason.',
  })
  async logout(@Ctx() context: GatewayContext): Promise<boolean> {
    await context.session.logout();
    return true;
  }

  @Mutation(() => AuthToken, {
    nullable: true,
    description:
      "A new token for the request's token, which is revoked; also set as the cookie. A " +
      'missing, invalid, expired or revoked token is UNAUTHENTICATED with the reason.',
  })
  refreshToken(@Ctx() context: GatewayContext): Promise<AuthToken> {
    return context.session.refresh();
  }

  @Authorized()
  @Query(() => User, { nullable: true, description: "The user of the request's token." })
  me(@Ctx() context: GatewayContext): Promise<User> {
    return context.session.user();
  }
}
