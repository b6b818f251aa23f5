import {
  type GraphQLField,
  type GraphQLObjectType,
  getNamedType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildGatewaySchema } from '../../../resolvers/schema.js';
import { ErrorCode } from '../../../src/errors/index.js';
import { keyspacesOnly } from './fake-executor.js';
import {
  codes,
  DEFAULT_KEYSPACES,
  TEST_USER,
  type TestGateway,
  testGateway,
} from './gateway-harness.js';

/** The root fields open without a token. */
const PUBLIC_FIELDS = ['currencies', 'statistics', 'login'];

let gateway: TestGateway | undefined;
afterEach(async () => {
  await gateway?.app.close();
  gateway = undefined;
});

async function start(env: Record<string, string> = {}): Promise<TestGateway> {
  gateway = await testGateway(keyspacesOnly(DEFAULT_KEYSPACES), env);
  return gateway;
}

/** A document asking for one root field with placeholder arguments. */
function documentFor(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const placeholders: Record<string, string> = { String: '"x"', Int: '0' };
  const args = field.args
    .filter((arg) => isNonNullType(arg.type))
    .map((arg) => `${arg.name}: ${placeholders[getNamedType(arg.type).name]}`);
  const argList = args.length > 0 ? `(${args.join(', ')})` : '';
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${operation} { ${field.name}${argList}${selection} }`;
}

async function protectedRootFields() {
  const schema = await buildGatewaySchema();
  const roots: Array<['query' | 'mutation', GraphQLObjectType | null | undefined]> = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  return roots.flatMap(([operation, type]) =>
    Object.values(type?.getFields() ?? {})
      .filter((field) => !PUBLIC_FIELDS.includes(field.name))
      .map((field) => ({ operation, field })),
  );
}

describe('without a token', () => {
  it('every root field but the public ones is UNAUTHENTICATED and null', async () => {
    const { query } = await start();
    const fields = await protectedRootFields();
    expect(fields.length).toBeGreaterThan(6);

    for (const { operation, field } of fields) {
      const answer = await query(documentFor(operation, field), null);
      expect(answer.data?.[field.name], field.name).toBeNull();
      expect(
        answer.errors?.map((error) => error.extensions),
        field.name,
      ).toEqual([expect.objectContaining({ code: ErrorCode.UNAUTHENTICATED, reason: 'MISSING' })]);
    }
  });

  it('a document answers its public fields and refuses each protected one', async () => {
    const { query } = await start();
    const answer = await query(
      '{ currencies { code } me { username } taxonomies { key } __typename }',
      null,
    );
    expect(answer.data).toEqual({
      currencies: [{ code: 'btc' }],
      me: null,
      taxonomies: null,
      __typename: 'Query',
    });
    expect(answer.errors?.map((error) => [error.path, error.extensions?.reason])).toEqual([
      [['me'], 'MISSING'],
      [['taxonomies'], 'MISSING'],
    ]);
  });

  it('introspection answers in development', async () => {
    const { query } = await start();
    const answer = await query('{ __type(name: "User") { name } }', null);
    expect(answer).toEqual({ data: { __type: { name: 'User' } } });
  });
});

describe('with a token', () => {
  it('me answers its user and when the account was added', async () => {
    const { query } = await start();
    const answer = await query('{ me { username createdAt } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me).toEqual({
      username: TEST_USER,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('is checked once per request, however many protected fields ask', async () => {
    const { query, auth } = await start();
    const authenticate = vi.spyOn(auth, 'authenticate');
    const answer = await query('{ a: me { username } b: me { username } taxonomies { key } }');
    expect(answer.errors).toBeUndefined();
    expect(authenticate).toHaveBeenCalledTimes(1);
  });

  it('is not checked for a document of public fields only', async () => {
    const { query, auth } = await start();
    const authenticate = vi.spyOn(auth, 'authenticate');
    await query('{ currencies { code } }');
    expect(authenticate).not.toHaveBeenCalled();
  });
});

describe('a user store that cannot be read', () => {
  it('makes protected fields SERVICE_UNAVAILABLE, never answered', async () => {
    const { query, auth, logs } = await start();
    await auth.store.close();

    const answer = await query('{ currencies { code } me { username } }');
    expect(answer.data).toEqual({ currencies: [{ code: 'btc' }], me: null });
    expect(codes(answer)).toEqual([ErrorCode.SERVICE_UNAVAILABLE]);
    expect(logs.some((line) => line.msg === 'the user store failed')).toBe(true);
  });

  it('makes a login SERVICE_UNAVAILABLE', async () => {
    const { query, auth } = await start();
    await auth.store.close();
    const answer = await query(
      'mutation { login(username: "analyst", password: "whatever") { token } }',
    );
    expect(codes(answer)).toEqual([ErrorCode.SERVICE_UNAVAILABLE]);
  });
});
