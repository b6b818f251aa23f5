import { InvalidUsername } from './errors.js';

/** Longest username the store accepts. */
export const MAX_USERNAME_LENGTH = 64;

const USERNAME_PATTERN = /^[A-Za-z0-9._-]+$/;

/** Whether `candidate` is 1 to 64 ASCII letters, digits, `.`, `_` or `-`. */
export function isValidUsername(candidate: string): boolean {
  return candidate.length <= MAX_USERNAME_LENGTH && USERNAME_PATTERN.test(candidate);
}

/** Throws InvalidUsername unless `candidate` is a valid username. */
export function checkUsername(candidate: string): void {
  if (!isValidUsername(candidate)) {
    throw new InvalidUsername(
      `a username is 1 to ${MAX_USERNAME_LENGTH} letters, digits, ".", "_" or "-"`,
    );
  }
}
