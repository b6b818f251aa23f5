import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type GraphQLNamedType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildGatewaySchema, printGatewaySchema } from '../../../resolvers/schema.js';
import { projectRoot } from '../../../src/config/index.js';

/** Every type, field and argument of ours that has no description. */
function undescribed(type: GraphQLNamedType): string[] {
  const missing = type.description ? [] : [type.name];
  if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) return missing;

  for (const field of Object.values(type.getFields())) {
    if (!field.description) missing.push(`${type.name}.${field.name}`);
    for (const arg of 'args' in field ? field.args : []) {
      if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
    }
  }
  return missing;
}

describe('the schema', () => {
  it('describes every type, field and argument', async () => {
    const schema = await buildGatewaySchema();
    const ours = Object.values(schema.getTypeMap()).filter(
      (type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type),
    );
    expect(ours.length).toBeGreaterThan(10);
    expect(ours.flatMap(undescribed)).toEqual([]);
  });

  it('matches the committed schema.graphql (run `npm run schema`)', async () => {
    const committed = readFileSync(join(projectRoot(), 'schema.graphql'), 'utf8');
    expect(await printGatewaySchema()).toBe(committed);
  });

  it('has one 64-bit scalar and one date-time scalar', async () => {
    const schema = await buildGatewaySchema();
    const scalars = Object.values(schema.getTypeMap()).filter(
      (type) => !isSpecifiedScalarType(type) && type.constructor.name === 'GraphQLScalarType',
    );
    expect(scalars.map((type) => type.name).sort()).toEqual(['DateTimeISO', 'Int64']);
  });
});
