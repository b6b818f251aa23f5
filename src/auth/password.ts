import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { InvalidPassword } from './errors.js';

/** scrypt's N: 2^15 blocks, 32 MiB of memory per hash (an OWASP-listed setting with p = 3). */
export const SCRYPT_COST = 2 ** 15;
/** scrypt's r. */
export const SCRYPT_BLOCK_SIZE = 8;
/** scrypt's p. */
export const SCRYPT_PARALLELIZATION = 3;
/** Bytes of derived key stored per password. */
export const SCRYPT_KEY_LENGTH = 64;
/** Bytes of random salt per password. */
export const SALT_BYTES = 16;

/** Shortest and longest new password, in characters. */
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 1_024;

/** Node refuses scrypt above `maxmem`; it needs 128 * N * r bytes, this leaves headroom. */
const SCRYPT_MEMORY_FACTOR = 256;

/** The tunable parameters of scrypt; stored with every hash so they can change later. */
export interface ScryptParameters {
  cost: number;
  blockSize: number;
  parallelization: number;
  keyLength: number;
}

/** The parameters new passwords are hashed with. */
export const SCRYPT_PARAMETERS: ScryptParameters = {
  cost: SCRYPT_COST,
  blockSize: SCRYPT_BLOCK_SIZE,
  parallelization: SCRYPT_PARALLELIZATION,
  keyLength: SCRYPT_KEY_LENGTH,
};

/** A salted slow hash of a password, with everything needed to check one against it. */
export interface PasswordHash extends ScryptParameters {
  algorithm: 'scrypt';
  /** base64 */
  salt: string;
  /** base64 */
  hash: string;
}

/** Throws InvalidPassword when a new password is too short or too long. */
export function checkNewPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw new InvalidPassword(
      `a password is ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters long`,
    );
  }
}

/** Hashes `password` with a fresh random salt. */
export async function hashPassword(
  password: string,
  parameters: ScryptParameters = SCRYPT_PARAMETERS,
): Promise<PasswordHash> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(password, salt, parameters);
  return {
    algorithm: 'scrypt',
    ...parameters,
    salt: salt.toString('base64'),
    hash: hash.toString('base64'),
  };
}

/** Whether `password` matches `stored`, compared in constant time. */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  if (stored.algorithm !== 'scrypt') return false;
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(password, Buffer.from(stored.salt, 'base64'), stored);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Whether `stored` was made with other parameters than `current` (then it is redone). */
export function needsRehash(stored: PasswordHash, current: ScryptParameters): boolean {
  return (
    stored.algorithm !== 'scrypt' ||
    stored.cost !== current.cost ||
    stored.blockSize !== current.blockSize ||
    stored.parallelization !== current.parallelization ||
    stored.keyLength !== current.keyLength
  );
}

// The same text typed on different systems can arrive composed or decomposed.
function derive(password: string, salt: Buffer, parameters: ScryptParameters): Promise<Buffer> {
  const options = {
    N: parameters.cost,
    r: parameters.blockSize,
    p: parameters.parallelization,
    maxmem: SCRYPT_MEMORY_FACTOR * parameters.cost * parameters.blockSize,
  };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, parameters.keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}
