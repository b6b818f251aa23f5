/** The keyspaces of one currency. */
export interface CurrencyKeyspaces {
  raw: string;
  transformed: string;
}

/** The old service's MAPPING, normalised: currency codes are lower case. */
export interface KeyspaceMapping {
  tagpacks: string;
  currencies: Record<string, CurrencyKeyspaces>;
}

/** `development` is the default, `production` comes from NODE_ENV, `demo` from the demo command. */
export type Mode = 'development' | 'production' | 'demo';

export interface CassandraSettings {
  contactPoints: string[];
  port: number;
  localDataCenter: string;
  username: string | null;
  password: string | null;
  tls: boolean;
  /** A driver consistency name in camelCase, such as `localOne` or `localQuorum`. */
  consistency: string;
  requestTimeoutMs: number;
  /** Schema changes are slow on small machines: they get a longer timeout than queries. */
  schemaTimeoutMs: number;
  /** How long the gateway keeps retrying its first connection before giving up. */
  connectRetryMs: number;
  /** Replication of keyspaces the project creates, as in CQL's `WITH replication = ...`. */
  replication: Record<string, string | number>;
}

export interface ServerSettings {
  host: string;
  port: number;
  corsOrigins: string[];
  landingPage: boolean;
  introspection: boolean;
  trustProxy: boolean;
}

export interface Secret {
  value: string;
  /** Where the value came from; a generated one does not survive a restart. */
  source: 'setting' | 'generated' | 'demo-file';
}

export interface AuthSettings {
  tokenLifetimeSeconds: number;
  dataDir: string;
  cookieSecure: boolean;
  /** Failed logins allowed per username, and per client address, within the window. */
  loginLimitPerUser: number;
  loginLimitPerAddress: number;
  loginLimitWindowSeconds: number;
}

export interface LimitSettings {
  defaultPageSize: number;
  maxPageSize: number;
  statisticsCacheSeconds: number;
}

/** The local single-node Cassandra that the demo, the tests and CI start. */
export interface LocalCassandraSettings {
  cqlPort: number;
  storagePort: number;
  heap: string;
  /** Jars and node state live here, outside any clone. */
  cacheDir: string;
}

export interface Config {
  mode: Mode;
  mapping: KeyspaceMapping;
  cassandra: CassandraSettings;
  server: ServerSettings;
  secret: Secret;
  auth: AuthSettings;
  limits: LimitSettings;
  local: LocalCassandraSettings;
  logLevel: string;
}
