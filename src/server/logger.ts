import type { Config } from '../config/index.js';

/**
 * What pino replaces in every log line: the headers that carry tokens, and the cookie the
 * gateway sets. Fastify's own request lines carry no headers; these guard every other line
 * that logs a request or an answer.
 */
export const LOG_REDACTIONS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
];

/** Settings of pino, as Fastify passes them on. */
export interface LoggerSettings {
  level: string;
  redact: string[];
}

/** The gateway's logger settings: the configured level, tokens and cookies redacted. */
export function loggerOptions(config: Config): LoggerSettings {
  return { level: config.logLevel, redact: LOG_REDACTIONS };
}
