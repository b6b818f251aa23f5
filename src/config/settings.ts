import { homedir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MAPPING_JSON, parseMapping } from './mapping.js';
import {
  boolean,
  consistency,
  flatObject,
  integer,
  nonEmptyList,
  oneOf,
  optionalText,
  origins,
  type Parser,
  port,
  text,
} from './parsers.js';

/** One setting: its environment name, its path in the JSON file, default and meaning. */
export interface SettingSpec<T> {
  env: string;
  file: string;
  /** Undefined when the default depends on the mode or is computed at load time. */
  default: T | undefined;
  /** How the README shows the default. */
  shownDefault: string;
  parse: Parser<T>;
  description: string;
}

function spec<T>(fields: Omit<SettingSpec<T>, 'shownDefault'> & { shownDefault?: string }) {
  const shownDefault = fields.shownDefault ?? JSON.stringify(fields.default);
  return { ...fields, shownDefault } as SettingSpec<T>;
}

const HOUR_MS = 3_600_000;
const DAY_SECONDS = 86_400;

/** The cache folder shared by every clone on the machine (jars, local node state). */
function defaultCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache');
  return join(base, 'graphsense-graphql');
}

/** Every setting the project reads; the README's configuration table lists the same. */
export const SETTINGS = {
  mapping: spec({
    env: 'MAPPING',
    file: 'mapping',
    default: parseMapping(DEFAULT_MAPPING_JSON, 'MAPPING'),
    shownDefault: DEFAULT_MAPPING_JSON,
    parse: parseMapping,
    description: 'Currencies and their keyspaces, in the old service shape',
  }),
  contactPoints: spec({
    env: 'CASSANDRA_CONTACT_POINTS',
    file: 'cassandra.contactPoints',
    default: ['127.0.0.1'],
    parse: nonEmptyList,
    description: 'Cassandra hosts, comma-separated',
  }),
  cassandraPort: spec({
    env: 'CASSANDRA_PORT',
    file: 'cassandra.port',
    default: 9142,
    parse: port,
    description: 'CQL port (9142 is the local node of `npm run cassandra`; clusters use 9042)',
  }),
  localDataCenter: spec({
    env: 'CASSANDRA_LOCAL_DC',
    file: 'cassandra.localDataCenter',
    default: 'datacenter1',
    parse: text,
    description: 'The data centre the driver prefers',
  }),
  username: spec({
    env: 'CASSANDRA_USERNAME',
    file: 'cassandra.username',
    default: null,
    parse: optionalText,
    description: 'Cassandra user (password authentication when set)',
  }),
  password: spec({
    env: 'CASSANDRA_PASSWORD',
    file: 'cassandra.password',
    default: null,
    parse: optionalText,
    description: 'Cassandra password',
  }),
  tls: spec({
    env: 'CASSANDRA_TLS',
    file: 'cassandra.tls',
    default: false,
    parse: boolean,
    description: 'Connect to Cassandra over TLS',
  }),
  consistency: spec({
    env: 'CASSANDRA_CONSISTENCY',
    file: 'cassandra.consistency',
    default: 'localOne',
    parse: consistency,
    description: 'Consistency level of reads and writes',
  }),
  requestTimeoutMs: spec({
    env: 'CASSANDRA_REQUEST_TIMEOUT_MS',
    file: 'cassandra.requestTimeoutMs',
    default: 12_000,
    parse: integer(100, HOUR_MS),
    description: 'Timeout of one Cassandra request, in milliseconds',
  }),
  schemaTimeoutMs: spec({
    env: 'CASSANDRA_SCHEMA_TIMEOUT_MS',
    file: 'cassandra.schemaTimeoutMs',
    default: 60_000,
    parse: integer(1_000, HOUR_MS),
    description: 'Timeout of schema changes (creating keyspaces), in milliseconds',
  }),
  connectRetryMs: spec({
    env: 'CASSANDRA_CONNECT_RETRY_MS',
    file: 'cassandra.connectRetryMs',
    default: 60_000,
    parse: integer(0, HOUR_MS),
    description: 'How long the first connection is retried before giving up, in milliseconds',
  }),
  replication: spec({
    env: 'CASSANDRA_REPLICATION',
    file: 'cassandra.replication',
    default: { class: 'SimpleStrategy', replication_factor: 1 } as Record<string, string | number>,
    parse: flatObject,
    description: 'Replication of keyspaces created by `keyspaces create` (JSON)',
  }),
  host: spec({
    env: 'HOST',
    file: 'server.host',
    default: '127.0.0.1',
    parse: text,
    description: 'Address the gateway listens on',
  }),
  port: spec({
    env: 'PORT',
    file: 'server.port',
    default: 4000,
    parse: port,
    description: 'Port the gateway listens on',
  }),
  corsOrigins: spec({
    env: 'CORS_ORIGINS',
    file: 'server.corsOrigins',
    default: [] as string[],
    parse: origins,
    description: 'Origins allowed to call the gateway from a browser, comma-separated',
  }),
  landingPage: spec<boolean>({
    env: 'LANDING_PAGE',
    file: 'server.landingPage',
    default: undefined,
    shownDefault: 'on, off in production',
    parse: boolean,
    description: 'Serve the GraphiQL playground at /graphql',
  }),
  introspection: spec<boolean>({
    env: 'INTROSPECTION',
    file: 'server.introspection',
    default: undefined,
    shownDefault: 'on, off in production',
    parse: boolean,
    description: 'Answer schema introspection queries',
  }),
  trustProxy: spec({
    env: 'TRUST_PROXY',
    file: 'server.trustProxy',
    default: false,
    parse: boolean,
    description: 'Take the client address from X-Forwarded-For (only behind a trusted proxy)',
  }),
  secretKey: spec<string | null>({
    env: 'SECRET_KEY',
    file: 'secretKey',
    default: null,
    shownDefault: 'random per process; required in production',
    parse: optionalText,
    description: 'Secret that signs tokens and cursors, at least 32 bytes in production',
  }),
  tokenLifetimeSeconds: spec({
    env: 'TOKEN_LIFETIME_SECONDS',
    file: 'auth.tokenLifetimeSeconds',
    default: DAY_SECONDS,
    parse: integer(60, 365 * DAY_SECONDS),
    description: 'Lifetime of login tokens, in seconds',
  }),
  dataDir: spec<string>({
    env: 'DATA_DIR',
    file: 'auth.dataDir',
    default: undefined,
    shownDefault: '"./graphsense-data", ".demo" of the clone in demo mode',
    parse: text,
    description: 'Folder of the user store (SQLite) and the demo secret',
  }),
  cookieSecure: spec({
    env: 'COOKIE_SECURE',
    file: 'auth.cookieSecure',
    default: false,
    parse: boolean,
    description: 'Mark the token cookie Secure (when served over HTTPS)',
  }),
  loginLimitPerUser: spec({
    env: 'LOGIN_LIMIT_PER_USER',
    file: 'auth.loginLimitPerUser',
    default: 5,
    parse: integer(1, 1_000_000),
    description: 'Failed logins allowed per username within the window',
  }),
  loginLimitPerAddress: spec({
    env: 'LOGIN_LIMIT_PER_ADDRESS',
    file: 'auth.loginLimitPerAddress',
    default: 20,
    parse: integer(1, 1_000_000),
    description: 'Failed logins allowed per client address within the window',
  }),
  loginLimitWindowSeconds: spec({
    env: 'LOGIN_LIMIT_WINDOW_SECONDS',
    file: 'auth.loginLimitWindowSeconds',
    default: 900,
    parse: integer(1, DAY_SECONDS),
    description: 'Window in which failed logins are counted, in seconds',
  }),
  defaultPageSize: spec({
    env: 'DEFAULT_PAGE_SIZE',
    file: 'limits.defaultPageSize',
    default: 100,
    parse: integer(1, 10_000),
    description: 'Items in a list page when `first` is not given',
  }),
  maxPageSize: spec({
    env: 'MAX_PAGE_SIZE',
    file: 'limits.maxPageSize',
    default: 1_000,
    parse: integer(1, 10_000),
    description: 'Largest `first` a list accepts',
  }),
  statisticsCacheSeconds: spec({
    env: 'STATISTICS_CACHE_SECONDS',
    file: 'limits.statisticsCacheSeconds',
    default: 60,
    parse: integer(0, DAY_SECONDS),
    description: 'How long statistics and current rates are cached (they are public)',
  }),
  localCqlPort: spec({
    env: 'LOCAL_CASSANDRA_CQL_PORT',
    file: 'local.cqlPort',
    default: 9142,
    parse: port,
    description: 'CQL port of the local node that `npm run cassandra` starts',
  }),
  localStoragePort: spec({
    env: 'LOCAL_CASSANDRA_STORAGE_PORT',
    file: 'local.storagePort',
    default: 7100,
    parse: port,
    description: 'Storage (gossip) port of the local node',
  }),
  localHeap: spec({
    env: 'LOCAL_CASSANDRA_HEAP',
    file: 'local.heap',
    default: '1G',
    parse: text,
    description: 'Java heap of the local node',
  }),
  localCacheDir: spec<string>({
    env: 'LOCAL_CASSANDRA_DIR',
    file: 'local.cacheDir',
    default: undefined,
    shownDefault: '"~/.cache/graphsense-graphql"',
    parse: text,
    description: 'Cassandra jars and local node state, shared by every clone',
  }),
  logLevel: spec({
    env: 'LOG_LEVEL',
    file: 'logLevel',
    default: 'info',
    parse: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    description: 'Log level: fatal, error, warn, info, debug, trace or silent',
  }),
} as const;

export { defaultCacheDir };
