export { ErrorCode, type LoginRefusalReason, type UnauthenticatedReason } from './codes.js';
export { DataUnavailable } from './data-errors.js';
export {
  BadUserInput,
  GatewayError,
  InternalServerError,
  QueryTooComplex,
  RateLimited,
  ServiceUnavailable,
  Unauthenticated,
} from './gateway-errors.js';
