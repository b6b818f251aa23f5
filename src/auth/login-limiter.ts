import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { SETTINGS, type SettingSpec } from '../config/index.js';
import { isValidUsername } from './username.js';

/** How many failed logins are allowed within one window, per username and per address. */
export interface LoginLimits {
  perUser: number;
  perAddress: number;
  windowSeconds: number;
}

/** The defaults of LOGIN_LIMIT_PER_USER, LOGIN_LIMIT_PER_ADDRESS, LOGIN_LIMIT_WINDOW_SECONDS. */
export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perUser: defaultOf(SETTINGS.loginLimitPerUser),
  perAddress: defaultOf(SETTINGS.loginLimitPerAddress),
  windowSeconds: defaultOf(SETTINGS.loginLimitWindowSeconds),
};

const MS_PER_SECOND = 1_000;

/** The counters one login attempt holds a point of, until it is known to have failed. */
export interface LoginAttempt {
  /** Undefined for a malformed username: no such user can exist, so no counter is kept. */
  userKey: string | undefined;
  addressKey: string;
}

/**
 * Counts failed logins per username and per client address, in fixed windows, in memory
 * (one limiter per service, so separate gateways in one process do not share counts).
 *
 * An attempt takes a point from both counters before the password is checked, so that
 * parallel guesses cannot all pass the check before the first one fails; a success gives
 * the address's point back and clears the username's count. A limit is therefore reached
 * by failures plus attempts still in progress.
 */
export class LoginLimiter {
  readonly #users: RateLimiterMemory;
  readonly #addresses: RateLimiterMemory;

  constructor(limits: LoginLimits) {
    const duration = limits.windowSeconds;
    this.#users = new RateLimiterMemory({ keyPrefix: 'user', points: limits.perUser, duration });
    this.#addresses = new RateLimiterMemory({
      keyPrefix: 'address',
      points: limits.perAddress,
      duration,
    });
  }

  /**
   * Starts an attempt; answers the seconds to wait instead when a limit is exceeded (then
   * nothing is counted: a refused attempt checks no password).
   */
  async begin(username: string, clientAddress: string): Promise<LoginAttempt | number> {
    const attempt = {
      userKey: isValidUsername(username) ? username : undefined,
      addressKey: clientAddress,
    };
    const [user, address] = await Promise.all([
      take(this.#users, attempt.userKey),
      take(this.#addresses, attempt.addressKey),
    ]);
    if (user.allowed && address.allowed) return attempt;

    await this.#giveBack(attempt);
    return Math.max(user.retryAfterSeconds, address.retryAfterSeconds);
  }

  /** The password was right: the username starts afresh, the address gets its point back. */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    if (attempt.userKey !== undefined) await this.#users.delete(attempt.userKey);
    await this.#addresses.reward(attempt.addressKey, 1);
  }

  /** The password could not be checked (the store failed): the attempt does not count. */
  async abandoned(attempt: LoginAttempt): Promise<void> {
    await this.#giveBack(attempt);
  }

  async #giveBack(attempt: LoginAttempt): Promise<void> {
    if (attempt.userKey !== undefined) await this.#users.reward(attempt.userKey, 1);
    await this.#addresses.reward(attempt.addressKey, 1);
  }
}

interface Taken {
  allowed: boolean;
  retryAfterSeconds: number;
}

async function take(limiter: RateLimiterMemory, key: string | undefined): Promise<Taken> {
  if (key === undefined) return { allowed: true, retryAfterSeconds: 0 };
  try {
    await limiter.consume(key);
    return { allowed: true, retryAfterSeconds: 0 };
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / MS_PER_SECOND)),
    };
  }
}

function defaultOf(spec: SettingSpec<number>): number {
  if (spec.default === undefined) throw new Error(`${spec.env} has no default`);
  return spec.default;
}
