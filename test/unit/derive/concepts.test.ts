import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, parseConcepts, type TaxonomyRows } from '../../../src/derive/index.js';

const CONCEPTS = join(import.meta.dirname, '../../../data/taxonomy/concepts.yaml');

describe('parseConcepts on the project copy of concepts.yaml', () => {
  const rows: TaxonomyRows = parseConcepts(readFileSync(CONCEPTS, 'utf8'));
  const idsOf = (taxonomy: string) =>
    rows.conceptByTaxonomyId.filter((row) => row.taxonomy === taxonomy).map((row) => row.id);

  it('holds 38 entity and 31 abuse concepts, roots excluded', () => {
    expect(idsOf('entity')).toHaveLength(38);
    expect(idsOf('abuse')).toHaveLength(31);
    expect(idsOf('entity')).not.toContain('entity');
    expect(idsOf('abuse')).not.toContain('abuse');
  });

  it('follows narrower links as well as broader ones', () => {
    // item and collectible hang below entity only through entity's narrower list.
    expect(idsOf('entity')).toEqual(expect.arrayContaining(['item', 'collectible', 'victim']));
    // scam is narrower of abuse and names abuse as broader: listed once.
    expect(idsOf('abuse').filter((id) => id === 'scam')).toHaveLength(1);
  });

  it('takes the id field, not the key', () => {
    const derivative = rows.conceptByTaxonomyId.find((row) => row.label === 'Derivative');
    expect(derivative).toMatchObject({
      taxonomy: 'entity',
      id: 'defi_derivative',
      uri: '/taxonomies/concepts/defi_derivative',
    });
    expect(idsOf('entity')).not.toContain('defi_derivatives');
  });

  it('writes one taxonomy_by_key row per taxonomy', () => {
    expect(rows.taxonomyByKey).toEqual([
      { key: 'entity', uri: '/taxonomies/concepts/entity' },
      { key: 'abuse', uri: '/taxonomies/concepts/abuse' },
    ]);
  });

  it('trims labels and descriptions', () => {
    expect(rows.conceptByTaxonomyId.find((row) => row.id === 'defi_bridge')?.label).toBe('Bridge');
    const scam = rows.conceptByTaxonomyId.find((row) => row.id === 'scam');
    expect(scam?.description).not.toMatch(/\s$/);
  });
});

describe('parseConcepts faults', () => {
  it('rejects text that is not YAML', () => {
    expect(() => parseConcepts('a: [b', 'broken.yaml')).toThrow(InputError);
  });

  it('rejects a file without a scheme baseurl', () => {
    expect(() => parseConcepts('entity:\n  id: entity\n')).toThrow(/baseurl/);
  });

  it('skips a concept that names itself', () => {
    const text = [
      'scheme: {baseurl: /t}',
      'entity: {id: entity, narrower: [user]}',
      'user: {id: user, broader: user, narrower: [user]}',
      'abuse: {id: abuse}',
    ].join('\n');
    expect(parseConcepts(text).conceptByTaxonomyId).toEqual([
      { taxonomy: 'entity', id: 'user', uri: '/t/user', label: 'user', description: '' },
    ]);
  });
});
