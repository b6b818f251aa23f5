import cassandra from 'cassandra-driver';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../src/errors/index.js';
import { MASKED_MESSAGE, UNAVAILABLE_MESSAGE } from '../../../src/server/format-error.js';
import { keyspacesOnly } from './fake-executor.js';
import { codes, DEFAULT_KEYSPACES, type TestGateway, testGateway } from './gateway-harness.js';

const ADDRESS = '1HxbaBMF2jXBVnagoHvaA6rLxmaYL8gb8T';
const PRODUCTION = {
  NODE_ENV: 'production',
  SECRET_KEY: 'a-production-secret-that-is-long-enough-0123',
};

let gateway: TestGateway | undefined;
afterEach(async () => {
  await gateway?.app.close();
  gateway = undefined;
});

async function start(...args: Parameters<typeof testGateway>): Promise<TestGateway> {
  gateway = await testGateway(...args);
  return gateway;
}

/** Requests other than the start-up keyspace check. */
function dataQueries(started: TestGateway) {
  return started.calls.filter((call) => !call.query.includes('system_schema'));
}

describe('the playground', () => {
  it('serves GraphiQL and its scripts from npm packages', async () => {
    const { app } = await start(keyspacesOnly(DEFAULT_KEYSPACES));
    const page = await app.inject({ url: '/graphql', headers: { accept: 'text/html' } });
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).not.toMatch(/https?:\/\//);

    const sources = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(sources).toHaveLength(4);
    for (const source of sources) {
      const asset = await app.inject({ url: `/${source}` });
      expect(asset.statusCode, source).toBe(200);
      expect(asset.body.length).toBeGreaterThan(1_000);
    }
  });

  it('serves nothing but its own files', async () => {
    const { app } = await start(keyspacesOnly(DEFAULT_KEYSPACES));
    for (const name of ['__proto__', 'package.json', '..%2Fpackage.json']) {
      expect((await app.inject({ url: `/graphiql/${name}` })).statusCode).toBe(404);
    }
  });

  it('is off when the landing page is off', async () => {
    const { app, token } = await start(keyspacesOnly(DEFAULT_KEYSPACES), { LANDING_PAGE: 'false' });
    const page = await app.inject({ url: '/graphql', headers: { accept: 'text/html' } });
    expect(page.body).not.toContain('graphiql');
    const asset = await app.inject({
      url: '/graphiql/graphiql.min.js',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(asset.statusCode).toBe(404);
  });
});

describe('introspection', () => {
  it('follows the setting', async () => {
    const off = await start(keyspacesOnly(DEFAULT_KEYSPACES), { INTROSPECTION: 'false' });
    expect(codes(await off.query('{ __schema { queryType { name } } }'))).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
    ]);
  });

  it('when off, leaves no field names in error suggestions', async () => {
    const off = await start(keyspacesOnly(DEFAULT_KEYSPACES), { INTROSPECTION: 'false' });
    const answer = await off.query('{ adress(currency: "btc", address: "x") { id } }');
    expect(codes(answer)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(JSON.stringify(answer.errors)).not.toContain('address');
  });

  it('is on in development', async () => {
    const { query } = await start(keyspacesOnly(DEFAULT_KEYSPACES));
    const answer = await query('{ __schema { queryType { name } } }');
    expect(answer.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('arguments', () => {
  it.each([
    ['an unknown currency', `{ address(currency: "xyz", address: "${ADDRESS}") { id } }`],
    ['a malformed address', '{ address(currency: "btc", address: "1Hxba!") { id } }'],
    ['a malformed hash', '{ transaction(currency: "btc", hash: "abc") { height } }'],
    ['a negative height', '{ block(currency: "btc", height: -1) { hash } }'],
    ['a negative entity id', '{ entity(currency: "btc", id: -1) { id } }'],
    ['a negative rates height', '{ rates(currency: "btc", height: -2) { eur } }'],
  ])('refuse %s with BAD_USER_INPUT before any query', async (_, source) => {
    const started = await start(keyspacesOnly(DEFAULT_KEYSPACES));
    const answer = await started.query(source);
    expect(codes(answer)).toEqual([ErrorCode.BAD_USER_INPUT]);
    expect(dataQueries(started)).toEqual([]);
  });

  it('refuse a page size above the maximum', async () => {
    const block = { height: 1, no_transactions: 1, block_hash: null };
    const answer = (query: string) =>
      query.includes('system_schema') ? keyspacesOnly(DEFAULT_KEYSPACES)(query, []) : [block];
    const { query } = await start(answer, {
      MAX_PAGE_SIZE: '10',
      DEFAULT_PAGE_SIZE: '5',
    });
    const result = await query(
      '{ block(currency: "btc", height: 1) { transactions(first: 11) { totalCount } } }',
    );
    expect(codes(result)).toEqual([ErrorCode.BAD_USER_INPUT]);
    expect(result.errors?.[0]?.path).toEqual(['block', 'transactions']);
  });

  it('answer null for a well-formed address that does not exist', async () => {
    const { query } = await start(keyspacesOnly(DEFAULT_KEYSPACES));
    const answer = await query(`{ address(currency: "BTC", address: "${ADDRESS}") { id } }`);
    expect(answer).toEqual({ data: { address: null } });
  });
});

describe('a missing keyspace', () => {
  it('leaves the server running and makes its currency unavailable', async () => {
    const started = await start(keyspacesOnly(['tagpacks', 'btc_raw']));
    expect(started.logs.some((line) => line.keyspace === 'btc_transformed')).toBe(true);

    const list = await started.query('{ currencies { code available missingKeyspaces } }');
    expect(list.data?.currencies).toEqual([
      { code: 'btc', available: false, missingKeyspaces: ['btc_transformed'] },
    ]);

    const answer = await started.query(
      `{ address(currency: "btc", address: "${ADDRESS}") { id } }`,
    );
    expect(codes(answer)).toEqual([ErrorCode.SERVICE_UNAVAILABLE]);
    expect(answer.errors?.[0]?.message).toContain('btc_transformed');
  });
});

describe('failures', () => {
  const timeout = new cassandra.errors.OperationTimedOutError(
    'timed out: SELECT address FROM btc_transformed.address WHERE address_prefix = ?',
  );

  function failing(error: Error) {
    return (query: string) => {
      if (query.includes('system_schema')) return keyspacesOnly(DEFAULT_KEYSPACES)(query, []);
      throw error;
    };
  }

  it('answer a driver error as SERVICE_UNAVAILABLE without its text', async () => {
    const { query, logs } = await start(failing(timeout));
    const answer = await query(`{ address(currency: "btc", address: "${ADDRESS}") { id } }`);

    expect(codes(answer)).toEqual([ErrorCode.SERVICE_UNAVAILABLE]);
    expect(answer.errors?.[0]?.message).toBe(UNAVAILABLE_MESSAGE);
    expect(JSON.stringify(answer)).not.toContain('SELECT');
    expect(logs.some((line) => line.msg === 'Cassandra request failed')).toBe(true);
  });

  it('mask unexpected errors in production, without a stack trace', async () => {
    const { query } = await start(failing(new Error('a bug in the gateway')), PRODUCTION);
    const answer = await query(`{ address(currency: "btc", address: "${ADDRESS}") { id } }`);

    expect(codes(answer)).toEqual([ErrorCode.INTERNAL_SERVER_ERROR]);
    expect(answer.errors?.[0]?.message).toBe(MASKED_MESSAGE);
    expect(answer.errors?.[0]?.extensions).toEqual({ code: ErrorCode.INTERNAL_SERVER_ERROR });
  });

  it('show unexpected messages in development, still without a stack trace', async () => {
    const { query } = await start(failing(new Error('a bug in the gateway')));
    const answer = await query(`{ address(currency: "btc", address: "${ADDRESS}") { id } }`);

    expect(answer.errors?.[0]?.message).toBe('a bug in the gateway');
    expect(answer.errors?.[0]?.extensions).toEqual({ code: ErrorCode.INTERNAL_SERVER_ERROR });
  });
});

describe('stored data', () => {
  const hash = 'ab'.repeat(32);

  /** Answers the keyspace check, then rows per table. */
  function tables(rows: Record<string, Record<string, unknown>[]>) {
    return (query: string) => {
      if (query.includes('system_schema')) return keyspacesOnly(DEFAULT_KEYSPACES)(query, []);
      const table = /FROM \w+\.(\w+)/.exec(query)?.[1] ?? '';
      return rows[table] ?? [];
    };
  }

  it('keeps entries without an address, with an empty list', async () => {
    const entry = (address: string[] | null, value: bigint) => ({
      address,
      value,
      address_type: 1,
    });
    const transaction = {
      tx_hash: Buffer.from(hash, 'hex'),
      height: 1,
      coinbase: false,
      inputs: [entry(['a', 'b'], 5n)],
      outputs: [entry(null, 3n), entry(['c'], 2n)],
    };
    const { query } = await start(tables({ transaction: [transaction] }));
    const answer = await query(
      `{ transaction(currency: "btc", hash: "${hash}") {
        inputs { items { addresses } } outputs { items { addresses value { value eur } } }
      } }`,
    );
    expect(answer.data?.transaction).toEqual({
      inputs: { items: [{ addresses: ['a', 'b'] }] },
      outputs: {
        items: [
          { addresses: [], value: { value: '3', eur: null } },
          { addresses: ['c'], value: { value: '2', eur: null } },
        ],
      },
    });
  });

  it('names the keyspace whose statistics row is missing', async () => {
    const { query } = await start(tables({}));
    const answer = await query('{ entity(currency: "btc", id: 1) { id } }');
    expect(codes(answer)).toEqual([ErrorCode.SERVICE_UNAVAILABLE]);
    expect(answer.errors?.[0]?.extensions?.keyspace).toBe('btc_transformed');
  });
});
