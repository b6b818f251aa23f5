import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AuthStoreUnavailable } from '../auth/index.js';
import { ErrorCode, GatewayError } from '../errors/index.js';
import { AUTH_MESSAGES } from './auth-messages.js';
import { MASKED_MESSAGE } from './format-error.js';

/** The old service's JSON bodies: a status, a message, and after a login the token. */
export interface RestAnswer {
  status: 'success' | 'fail';
  message: string;
  /** The token, under the name old clients read it by. */
  Authorization?: string;
}

/** HTTP statuses of REST answers. */
export const HTTP = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

/** The status a gateway error's code answers with over REST. */
const STATUS_OF_CODE: Record<ErrorCode, number> = {
  [ErrorCode.BAD_USER_INPUT]: HTTP.BAD_REQUEST,
  [ErrorCode.UNAUTHENTICATED]: HTTP.UNAUTHORIZED,
  [ErrorCode.RATE_LIMITED]: HTTP.TOO_MANY_REQUESTS,
  [ErrorCode.QUERY_TOO_COMPLEX]: HTTP.BAD_REQUEST,
  [ErrorCode.SERVICE_UNAVAILABLE]: HTTP.SERVICE_UNAVAILABLE,
  [ErrorCode.INTERNAL_SERVER_ERROR]: HTTP.INTERNAL_SERVER_ERROR,
};

/** A success, with a token after a login or a refresh. */
export function succeed(message: string, token?: string): RestAnswer {
  return token === undefined
    ? { status: 'success', message }
    : { status: 'success', message, Authorization: token };
}

/** Answers a failure with `status` and the old service's `fail` body. */
export function refuse(reply: FastifyReply, status: number, message: string): FastifyReply {
  const answer: RestAnswer = { status: 'fail', message };
  return reply.code(status).send(answer);
}

/**
 * Makes every failure outside GraphQL answer in the old service's shape: gateway errors by
 * their code, Fastify's refusals of a request (a malformed body, say) with their status, a
 * user store that cannot be read as 503, anything else as a masked 500. Failures of the
 * gateway itself are logged.
 */
export function registerRestAnswers(app: FastifyInstance): void {
  app.setErrorHandler(answerFailure);
  app.setNotFoundHandler((_request, reply) => refuse(reply, HTTP.NOT_FOUND, 'Not found.'));
}

function answerFailure(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AuthStoreUnavailable) {
    request.log.error({ err: error }, 'the user store failed');
    return refuse(reply, HTTP.SERVICE_UNAVAILABLE, AUTH_MESSAGES.storeUnavailable);
  }
  if (error instanceof GatewayError)
    return refuse(reply, STATUS_OF_CODE[error.code], error.message);
  if (isClientError(error)) return refuse(reply, error.statusCode, error.message);

  request.log.error({ err: error }, 'unexpected error');
  return refuse(reply, HTTP.INTERNAL_SERVER_ERROR, MASKED_MESSAGE);
}

function isClientError(error: FastifyError): error is FastifyError & { statusCode: number } {
  const status = error.statusCode;
  return status !== undefined && status >= HTTP.BAD_REQUEST && status < HTTP.INTERNAL_SERVER_ERROR;
}
