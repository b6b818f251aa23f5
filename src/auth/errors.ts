import { ErrorCode } from '../errors/codes.js';

/**
 * Errors of accounts and tokens. Each carries a stable `code`; the ones the API answers with
 * use the API's own code, so the server maps them without a table. Messages never hold a
 * password, a token or the secret.
 */

/**
 * The user store cannot be read or written (a broken, locked or closed SQLite file). The
 * server answers SERVICE_UNAVAILABLE: a failing store never grants or refuses access on its
 * own, and never reads as "no such user" or "not revoked".
 */
export class AuthStoreUnavailable extends Error {
  override readonly name = 'AuthStoreUnavailable';
  readonly code = ErrorCode.SERVICE_UNAVAILABLE;

  constructor(action: string, options: { cause?: unknown } = {}) {
    super(`the user store cannot be used now: ${action} failed`, options);
  }
}

/** A username outside 1 to 64 letters, digits, `.`, `_` and `-`. */
export class InvalidUsername extends Error {
  override readonly name = 'InvalidUsername';
  readonly code = 'INVALID_USERNAME';
}

/** A new password that is too short or too long. */
export class InvalidPassword extends Error {
  override readonly name = 'InvalidPassword';
  readonly code = 'INVALID_PASSWORD';
}

/** Adding a username that is already taken. */
export class UserExists extends Error {
  override readonly name = 'UserExists';
  readonly code = 'USER_EXISTS';

  constructor(username: string) {
    super(`user "${username}" already exists`);
  }
}

/** Removing a username that is not in the store. */
export class UnknownUser extends Error {
  override readonly name = 'UnknownUser';
  readonly code = 'USER_NOT_FOUND';

  constructor(username: string) {
    super(`user "${username}" does not exist`);
  }
}
