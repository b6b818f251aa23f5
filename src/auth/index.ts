export { AuthService, type AuthServiceOptions, openAuthService } from './auth-service.js';
export { type AuthStore, type AuthStoreOptions, openAuthStore, STORE_FILE } from './auth-store.js';
export {
  AuthStoreUnavailable,
  InvalidPassword,
  InvalidUsername,
  UnknownUser,
  UserExists,
} from './errors.js';
export { DEFAULT_LOGIN_LIMITS, type LoginLimits } from './login-limiter.js';
export { MIN_PASSWORD_LENGTH } from './password.js';
export { extractToken, type TokenCarriers } from './token-extraction.js';
export { CLOCK_TOLERANCE_SECONDS, TOKEN_ALGORITHM } from './token-issuer.js';
export type * from './types.js';
export type { UserStore } from './user-store.js';
