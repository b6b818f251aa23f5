import { randomBytes } from 'node:crypto';
import { UnknownUser, UserExists } from './errors.js';
import {
  checkNewPassword,
  hashPassword,
  MAX_PASSWORD_LENGTH,
  needsRehash,
  type PasswordHash,
  SCRYPT_PARAMETERS,
  type ScryptParameters,
  verifyPassword,
} from './password.js';
import { guard, type SqliteTable } from './sqlite-table.js';
import type { User } from './types.js';
import { checkUsername, isValidUsername } from './username.js';

/** A user as stored: the hash never leaves this file. */
interface StoredUser {
  password: PasswordHash;
  /** ISO 8601 */
  createdAt: string;
}

/** The table the user store reads and writes. */
export type UserTable = SqliteTable<StoredUser>;

/** Bytes of the random password hashed for unknown usernames. */
const DECOY_PASSWORD_BYTES = 32;

/**
 * The users of the gateway, in the `users` table of the store's SQLite file. Every read or
 * write that fails throws AuthStoreUnavailable.
 */
export class UserStore {
  readonly #table: UserTable;
  readonly #parameters: ScryptParameters;
  #decoy: Promise<PasswordHash> | undefined;

  /** `parameters` hash new passwords; stored hashes keep the ones they were made with. */
  constructor(table: UserTable, parameters: ScryptParameters = SCRYPT_PARAMETERS) {
    this.#table = table;
    this.#parameters = parameters;
  }

  /** Adds a user; throws InvalidUsername, InvalidPassword or UserExists. */
  async add(username: string, password: string): Promise<User> {
    checkUsername(username);
    checkNewPassword(password);
    if ((await this.#read(username)) !== undefined) throw new UserExists(username);

    const stored: StoredUser = {
      password: await hashPassword(password, this.#parameters),
      createdAt: new Date().toISOString(),
    };
    await this.#write(username, stored);
    return toUser(username, stored);
  }

  /** Removes a user; throws UnknownUser when there is none of that name. */
  async remove(username: string): Promise<void> {
    const removed = isValidUsername(username)
      ? await guard('removing a user', () => this.#table.keyv.delete(username))
      : false;
    if (!removed) throw new UnknownUser(username);
  }

  /** The user of that name, or undefined. */
  async find(username: string): Promise<User | undefined> {
    const stored = await this.#read(username);
    return stored === undefined ? undefined : toUser(username, stored);
  }

  /** Every user, by username. */
  async list(): Promise<User[]> {
    const users = await guard('listing users', async () => {
      const found: User[] = [];
      for await (const [username, stored] of this.#entries()) found.push(toUser(username, stored));
      return found;
    });
    return users.sort((a, b) => (a.username < b.username ? -1 : 1));
  }

  /**
   * The user when `password` is theirs, else undefined. An unknown username costs the same
   * hashing as a known one, so timing does not tell which usernames exist. A hash made with
   * older parameters is redone with the current ones.
   */
  async checkPassword(username: string, password: string): Promise<User | undefined> {
    // No stored password is longer than a new one may be: longer input is not hashed.
    if (password.length > MAX_PASSWORD_LENGTH) return undefined;
    const stored = isValidUsername(username) ? await this.#read(username) : undefined;
    if (stored === undefined) {
      await verifyPassword(password, await this.#decoyHash());
      return undefined;
    }

    if (!(await verifyPassword(password, stored.password))) return undefined;
    if (needsRehash(stored.password, this.#parameters)) {
      const rehashed = await hashPassword(password, this.#parameters);
      await this.#write(username, { ...stored, password: rehashed });
    }
    return toUser(username, stored);
  }

  async #read(username: string): Promise<StoredUser | undefined> {
    return guard('reading a user', () => this.#table.keyv.get(username));
  }

  async #write(username: string, stored: StoredUser): Promise<void> {
    await guard('writing a user', () => this.#table.keyv.set(username, stored));
  }

  async *#entries(): AsyncGenerator<[string, StoredUser]> {
    const iterate = this.#table.keyv.iterator;
    if (iterate === undefined) throw new Error('the SQLite adapter cannot list its keys');
    for await (const [key, value] of iterate(undefined)) {
      yield [String(key), value as StoredUser];
    }
  }

  #decoyHash(): Promise<PasswordHash> {
    this.#decoy ??= hashPassword(
      randomBytes(DECOY_PASSWORD_BYTES).toString('hex'),
      this.#parameters,
    );
    return this.#decoy;
  }
}

function toUser(username: string, stored: StoredUser): User {
  return { username, createdAt: new Date(stored.createdAt) };
}
