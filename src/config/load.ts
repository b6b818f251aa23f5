import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from './errors.js';
import { isPlainObject } from './mapping.js';
import { demoDataDir } from './paths.js';
import { resolveSecret } from './secret.js';
import { defaultCacheDir, SETTINGS, type SettingSpec } from './settings.js';
import type { Config, Mode } from './types.js';

const DEFAULT_DATA_DIR = 'graphsense-data';

export interface LoadOptions {
  /** The `--config FILE` option; wins over GRAPHSENSE_CONFIG. */
  configFile?: string;
  /** Defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** `demo` when the demo command runs; otherwise NODE_ENV decides. */
  mode?: Mode;
}

export interface LoadedConfig {
  config: Config;
  /** Things the caller should log, such as a secret that will not survive a restart. */
  warnings: string[];
}

/**
 * Reads the JSON file (if any), then the environment, which wins; validates every setting
 * and applies the rules of the mode. Throws ConfigError naming the first bad setting.
 */
export function loadConfig(options: LoadOptions = {}): LoadedConfig {
  const env = options.env ?? process.env;
  const file = readConfigFile(options.configFile ?? env.GRAPHSENSE_CONFIG);
  checkFileKeys(file);
  const read = <T>(spec: SettingSpec<T>): T | undefined => readSetting(spec, env, file);
  const mode = options.mode ?? modeOf(env.NODE_ENV);

  const development = mode !== 'production';
  const dataDir = resolve(read(SETTINGS.dataDir) ?? defaultDataDir(mode));
  const corsOrigins = read(SETTINGS.corsOrigins) ?? [];
  if (mode === 'production' && corsOrigins.includes('*')) {
    throw new ConfigError('CORS_ORIGINS', 'a wildcard is refused in production (credentials)');
  }

  const config: Config = {
    mode,
    mapping: required(read(SETTINGS.mapping)),
    cassandra: {
      contactPoints: required(read(SETTINGS.contactPoints)),
      port: required(read(SETTINGS.cassandraPort)),
      localDataCenter: required(read(SETTINGS.localDataCenter)),
      ...readCredentials(read),
      tls: required(read(SETTINGS.tls)),
      consistency: required(read(SETTINGS.consistency)),
      requestTimeoutMs: required(read(SETTINGS.requestTimeoutMs)),
      schemaTimeoutMs: required(read(SETTINGS.schemaTimeoutMs)),
      connectRetryMs: required(read(SETTINGS.connectRetryMs)),
      replication: required(read(SETTINGS.replication)),
    },
    server: {
      host: required(read(SETTINGS.host)),
      port: required(read(SETTINGS.port)),
      corsOrigins,
      landingPage: read(SETTINGS.landingPage) ?? development,
      introspection: read(SETTINGS.introspection) ?? development,
      trustProxy: required(read(SETTINGS.trustProxy)),
    },
    secret: resolveSecret(read(SETTINGS.secretKey) ?? null, mode, dataDir),
    auth: {
      tokenLifetimeSeconds: required(read(SETTINGS.tokenLifetimeSeconds)),
      dataDir,
      cookieSecure: required(read(SETTINGS.cookieSecure)),
      loginLimitPerUser: required(read(SETTINGS.loginLimitPerUser)),
      loginLimitPerAddress: required(read(SETTINGS.loginLimitPerAddress)),
      loginLimitWindowSeconds: required(read(SETTINGS.loginLimitWindowSeconds)),
    },
    limits: readLimits(read),
    local: {
      cqlPort: required(read(SETTINGS.localCqlPort)),
      storagePort: required(read(SETTINGS.localStoragePort)),
      heap: required(read(SETTINGS.localHeap)),
      cacheDir: resolve(read(SETTINGS.localCacheDir) ?? defaultCacheDir()),
    },
    logLevel: required(read(SETTINGS.logLevel)),
  };
  return { config, warnings: collectWarnings(config) };
}

// NODE_ENV values that mean development: unset, and what test runners set.
const DEVELOPMENT_NODE_ENVS = new Set([undefined, '', 'development', 'test']);

/** Production only when NODE_ENV says so exactly; a typo must not fall back silently. */
function modeOf(nodeEnv: string | undefined): Mode {
  if (nodeEnv === 'production') return 'production';
  if (DEVELOPMENT_NODE_ENVS.has(nodeEnv)) return 'development';
  throw new ConfigError('NODE_ENV', 'must be production, development or test');
}

function readCredentials(read: <T>(spec: SettingSpec<T>) => T | undefined) {
  const username = read(SETTINGS.username) ?? null;
  const password = read(SETTINGS.password) ?? null;
  if ((username === null) !== (password === null)) {
    const missing = username === null ? 'CASSANDRA_USERNAME' : 'CASSANDRA_PASSWORD';
    throw new ConfigError(missing, 'is required when the other credential is set');
  }
  return { username, password };
}

const FILE_KEYS = new Set(Object.values(SETTINGS).map((spec) => spec.file));

/** Every key of the file must be a setting or lead to one: a misspelt key is an error. */
function checkFileKeys(node: Record<string, unknown>, prefix = ''): void {
  for (const [key, value] of Object.entries(node)) {
    const path = prefix + key;
    if (FILE_KEYS.has(path)) continue;
    const leadsToSetting = [...FILE_KEYS].some((known) => known.startsWith(`${path}.`));
    if (!leadsToSetting || !isPlainObject(value)) {
      throw new ConfigError(`${path} (configuration file)`, 'is not a setting');
    }
    checkFileKeys(value, `${path}.`);
  }
}

function readLimits(read: <T>(spec: SettingSpec<T>) => T | undefined): Config['limits'] {
  const limits = {
    defaultPageSize: required(read(SETTINGS.defaultPageSize)),
    maxPageSize: required(read(SETTINGS.maxPageSize)),
    statisticsCacheSeconds: required(read(SETTINGS.statisticsCacheSeconds)),
  };
  if (limits.defaultPageSize > limits.maxPageSize) {
    throw new ConfigError('DEFAULT_PAGE_SIZE', 'must not exceed MAX_PAGE_SIZE');
  }
  return limits;
}

function defaultDataDir(mode: Mode): string {
  return mode === 'demo' ? demoDataDir() : DEFAULT_DATA_DIR;
}

function collectWarnings(config: Config): string[] {
  if (config.secret.source !== 'generated') return [];
  return [
    'SECRET_KEY is not set: using a random secret for this process only; ' +
      'tokens and cursors will not survive a restart',
  ];
}

/** The environment wins over the file; an empty environment value counts as unset. */
function readSetting<T>(
  spec: SettingSpec<T>,
  env: NodeJS.ProcessEnv,
  file: Record<string, unknown>,
): T | undefined {
  const fromEnv = env[spec.env];
  if (fromEnv !== undefined && fromEnv !== '') return spec.parse(fromEnv, spec.env);

  const fromFile = lookup(file, spec.file);
  if (fromFile !== undefined) return spec.parse(fromFile, `${spec.file} (configuration file)`);
  return spec.default;
}

function lookup(file: Record<string, unknown>, path: string): unknown {
  let node: unknown = file;
  for (const key of path.split('.')) {
    if (!isPlainObject(node)) return undefined;
    node = node[key];
  }
  return node;
}

function readConfigFile(path: string | undefined): Record<string, unknown> {
  if (path === undefined || path === '') return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ConfigError('GRAPHSENSE_CONFIG', `cannot read ${path} (${reason})`);
  }

  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch {
    throw new ConfigError('GRAPHSENSE_CONFIG', `${path} is not valid JSON`);
  }
  if (!isPlainObject(content)) {
    throw new ConfigError('GRAPHSENSE_CONFIG', `${path} must hold a JSON object`);
  }
  return content;
}

/** For settings whose spec has a default: the value is always there. */
function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('a setting with a default has no value');
  return value;
}
