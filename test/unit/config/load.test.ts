import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, EXAMPLE_SECRETS, loadConfig } from '../../../src/config/index.js';

const STRONG_SECRET = 'a-production-secret-that-is-long-enough-0123';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'gsg-config-'));
}

function load(env: Record<string, string>, options: { mode?: 'demo'; file?: object } = {}) {
  let configFile: string | undefined;
  if (options.file) {
    configFile = join(tempDir(), 'config.json');
    writeFileSync(configFile, JSON.stringify(options.file));
  }
  return loadConfig({ env: { DATA_DIR: tempDir(), ...env }, mode: options.mode, configFile });
}

/** The setting named by the error that loading with these inputs throws. */
function badSetting(env: Record<string, string>, file?: object): string {
  try {
    load(env, { file });
  } catch (error) {
    if (error instanceof ConfigError) return error.setting;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const { config } = load({});
    expect(config.mode).toBe('development');
    expect(config.mapping).toEqual({
      tagpacks: 'tagpacks',
      currencies: { btc: { raw: 'btc_raw', transformed: 'btc_transformed' } },
    });
    expect(config.cassandra.contactPoints).toEqual(['127.0.0.1']);
    expect(config.cassandra.port).toBe(9142);
    expect(config.cassandra.localDataCenter).toBe('datacenter1');
    expect(config.server).toMatchObject({ host: '127.0.0.1', port: 4000, corsOrigins: [] });
    expect(config.server.landingPage).toBe(true);
    expect(config.auth.tokenLifetimeSeconds).toBe(86_400);
    expect(config.limits).toEqual({
      defaultPageSize: 100,
      maxPageSize: 1000,
      statisticsCacheSeconds: 60,
    });
    expect(config.local).toMatchObject({ cqlPort: 9142, storagePort: 7100, heap: '1G' });
  });

  it('reads the mapping in the old service shape', () => {
    const mapping = '{"tagpacks": "tp", "BTC": ["r1", "t1"], "ltc": ["r2", "t2_20200612"]}';
    const { config } = load({ MAPPING: mapping });
    expect(config.mapping).toEqual({
      tagpacks: 'tp',
      currencies: {
        btc: { raw: 'r1', transformed: 't1' },
        ltc: { raw: 'r2', transformed: 't2_20200612' },
      },
    });
  });

  it('lets the environment win over the file', () => {
    const file = { server: { port: 5000, host: '0.0.0.0' }, cassandra: { port: 9042 } };
    const { config } = load({ PORT: '6000' }, { file });
    expect(config.server.port).toBe(6000);
    expect(config.server.host).toBe('0.0.0.0');
    expect(config.cassandra.port).toBe(9042);
  });

  it.each([
    [{ MAPPING: 'not json' }, 'MAPPING'],
    [{ MAPPING: '{"btc": ["only_one"]}' }, 'MAPPING.btc'],
    [{ MAPPING: '{"btc": ["btc_raw", "bad name; DROP"]}' }, 'MAPPING.btc'],
    [{ MAPPING: '{"tagpacks": "tagpacks"}' }, 'MAPPING'],
    [{ CASSANDRA_PORT: '70000' }, 'CASSANDRA_PORT'],
    [{ CASSANDRA_PORT: 'abc' }, 'CASSANDRA_PORT'],
    [{ CASSANDRA_CONTACT_POINTS: ' , ' }, 'CASSANDRA_CONTACT_POINTS'],
    [{ CASSANDRA_TLS: 'maybe' }, 'CASSANDRA_TLS'],
    [{ CASSANDRA_CONSISTENCY: 'most' }, 'CASSANDRA_CONSISTENCY'],
    [{ CASSANDRA_REPLICATION: '[1]' }, 'CASSANDRA_REPLICATION'],
    [{ PORT: '0' }, 'PORT'],
    [{ TOKEN_LIFETIME_SECONDS: '1.5' }, 'TOKEN_LIFETIME_SECONDS'],
    [{ MAX_PAGE_SIZE: '-1' }, 'MAX_PAGE_SIZE'],
    [{ DEFAULT_PAGE_SIZE: '500', MAX_PAGE_SIZE: '100' }, 'DEFAULT_PAGE_SIZE'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ GRAPHSENSE_CONFIG: '/nonexistent/config.json' }, 'GRAPHSENSE_CONFIG'],
    [{ MAPPING: '{"tagpacks": "same", "btc": ["same", "btc_t"]}' }, 'MAPPING'],
    [{ MAPPING: '{"btc": ["r", "t"], "ltc": ["R", "t2"]}' }, 'MAPPING'],
    [{ NODE_ENV: 'prod' }, 'NODE_ENV'],
    [{ CORS_ORIGINS: 'not a url' }, 'CORS_ORIGINS'],
    [{ CORS_ORIGINS: 'https://example.org/path' }, 'CORS_ORIGINS'],
    [{ CASSANDRA_USERNAME: 'reader' }, 'CASSANDRA_PASSWORD'],
    [{ CASSANDRA_PASSWORD: 'pw' }, 'CASSANDRA_USERNAME'],
  ])('names the bad setting in %j', (env, setting) => {
    expect(badSetting(env)).toBe(setting);
  });

  it('names a bad setting of the file by its path', () => {
    expect(badSetting({}, { cassandra: { port: 'x' } })).toBe(
      'cassandra.port (configuration file)',
    );
  });

  it.each([
    [{ sever: { port: 1 } }, 'sever (configuration file)'],
    [{ server: { prot: 2 } }, 'server.prot (configuration file)'],
    [{ server: 4000 }, 'server (configuration file)'],
  ])('refuses the unknown key of the file %j', (file, setting) => {
    expect(badSetting({}, file)).toBe(setting);
  });

  it('accepts the mapping and replication objects of the file whole', () => {
    const file = {
      mapping: { tagpacks: 'tp', btc: ['r', 't'] },
      cassandra: { replication: { class: 'NetworkTopologyStrategy', dc1: 3 } },
    };
    const { config } = load({}, { file });
    expect(config.mapping.tagpacks).toBe('tp');
    expect(config.cassandra.replication).toEqual({ class: 'NetworkTopologyStrategy', dc1: 3 });
  });

  it.each(['', 'development', 'test'])('runs in development with NODE_ENV "%s"', (nodeEnv) => {
    expect(load({ NODE_ENV: nodeEnv }).config.mode).toBe('development');
  });

  it('accepts origins with ports, and credentials in pairs', () => {
    const env = {
      CORS_ORIGINS: 'https://a.example.org, http://localhost:3000',
      CASSANDRA_USERNAME: 'reader',
      CASSANDRA_PASSWORD: 'pw',
    };
    const { config } = load(env);
    expect(config.server.corsOrigins).toEqual(['https://a.example.org', 'http://localhost:3000']);
    expect(config.cassandra).toMatchObject({ username: 'reader', password: 'pw' });
  });

  it('accepts consistency levels in either spelling', () => {
    expect(load({ CASSANDRA_CONSISTENCY: 'LOCAL_QUORUM' }).config.cassandra.consistency).toBe(
      'localQuorum',
    );
  });
});

describe('secret rules of the modes', () => {
  it('generates a process secret in development, with a warning', () => {
    const first = load({});
    const second = load({});
    expect(first.config.secret.source).toBe('generated');
    expect(first.config.secret.value).not.toBe(second.config.secret.value);
    expect(first.warnings.join()).toMatch(/SECRET_KEY/);
  });

  it('refuses production without a secret', () => {
    expect(badSetting({ NODE_ENV: 'production' })).toBe('SECRET_KEY');
  });

  it('refuses a production secret shorter than 32 bytes', () => {
    expect(badSetting({ NODE_ENV: 'production', SECRET_KEY: 'x'.repeat(31) })).toBe('SECRET_KEY');
    const { config } = load({ NODE_ENV: 'production', SECRET_KEY: 'x'.repeat(32) });
    expect(config.secret.value).toHaveLength(32);
  });

  it('counts bytes, not characters, of the secret', () => {
    // 16 two-byte characters are 32 bytes.
    const { config } = load({ NODE_ENV: 'production', SECRET_KEY: 'é'.repeat(16) });
    expect(config.secret.source).toBe('setting');
  });

  it.each(EXAMPLE_SECRETS)('refuses the example secret %s in production', (secret) => {
    expect(badSetting({ NODE_ENV: 'production', SECRET_KEY: secret })).toBe('SECRET_KEY');
  });

  it('turns the landing page and introspection off in production unless enabled', () => {
    const env = { NODE_ENV: 'production', SECRET_KEY: STRONG_SECRET };
    expect(load(env).config.server).toMatchObject({ landingPage: false, introspection: false });
    const enabled = load({ ...env, LANDING_PAGE: 'true', INTROSPECTION: 'yes' }).config.server;
    expect(enabled).toMatchObject({ landingPage: true, introspection: true });
  });

  it('refuses a CORS wildcard in production', () => {
    const env = { NODE_ENV: 'production', SECRET_KEY: STRONG_SECRET, CORS_ORIGINS: '*' };
    expect(badSetting(env)).toBe('CORS_ORIGINS');
  });

  it('keeps the demo secret in the data folder across loads', () => {
    const dataDir = tempDir();
    const first = load({ DATA_DIR: dataDir }, { mode: 'demo' }).config.secret;
    const second = load({ DATA_DIR: dataDir }, { mode: 'demo' }).config.secret;
    expect(first.source).toBe('demo-file');
    expect(second.value).toBe(first.value);
    expect(readFileSync(join(dataDir, 'secret'), 'utf8').trim()).toBe(first.value);
  });
});
