import { describe, expect, it } from 'vitest';
import {
  type AddressTag,
  deriveTagpackRows,
  deriveTransformed,
  parseChainFiles,
  sameTags,
} from '../../../src/derive/index.js';
import { TEST_CHAIN_OPTIONS, testChainFiles } from './test-chain.js';

const MINER = '1HxbaBMF2jXBVnagoHvaA6rLxmaYL8gb8T';

function tag(overrides: Partial<AddressTag>): AddressTag {
  return {
    address: MINER,
    currency: 'BTC',
    label: 'Müller Börse',
    source: null,
    tagpackUri: 'https://example.org/pack',
    lastmod: null,
    category: null,
    abuse: null,
    ...overrides,
  };
}

describe('transformed tags', () => {
  const chain = parseChainFiles(testChainFiles());
  const tags = [
    tag({ currency: 'bTc', label: 'mining service' }),
    tag({ currency: 'LTC', label: 'Litecoin only' }),
  ];
  const rows = deriveTransformed(chain, tags, TEST_CHAIN_OPTIONS);

  it('keeps only tags of the job currency, ignoring case', () => {
    expect(rows.addressTags.map((row) => row.label)).toEqual(['mining service']);
    expect(rows.tagByLabel.map((row) => row.label)).toEqual(['mining service']);
  });

  it('counts distinct lower-cased labels', () => {
    const twice = [tag({ label: 'Mining Service' }), tag({ label: 'mining service', source: 's' })];
    const summary = deriveTransformed(chain, twice, TEST_CHAIN_OPTIONS).summaryStatistics[0];
    expect(summary?.noTags).toBe(1n);
  });

  it('lists the distinct labels of a relation end, sorted', () => {
    const labelled = [tag({ label: 'b' }), tag({ label: 'a' }), tag({ label: 'b', source: 'x' })];
    const relation = deriveTransformed(
      chain,
      labelled,
      TEST_CHAIN_OPTIONS,
    ).addressIncomingRelations;
    expect(relation.find((row) => row.srcAddressId === 1)?.srcLabels).toEqual(['a', 'b']);
  });
});

describe('deriveTagpackRows', () => {
  const tags = [
    tag({ category: 'exchange', abuse: 'scam' }),
    tag({ address: '1Other', label: 'Plain', tagpackUri: 'https://example.org/other' }),
  ];
  const rows = deriveTagpackRows(tags);

  it('writes tag_by_label with the ASCII rule and no active flag', () => {
    expect(rows.tagByLabel[0]).toEqual({
      labelNormPrefix: 'mll',
      labelNorm: 'mllerbrse',
      label: 'Müller Börse',
      address: MINER,
      source: null,
      tagpackUri: 'https://example.org/pack',
      currency: 'BTC',
      lastmod: null,
      category: 'exchange',
      abuse: 'scam',
    });
  });

  it('writes tag_by_category only for tags with a category', () => {
    expect(rows.tagByCategory).toEqual([
      expect.objectContaining({ category: 'exchange', labelNorm: 'mllerbrse', abuse: 'scam' }),
    ]);
  });

  it('writes one tagpack_by_uri row per distinct uri', () => {
    expect(rows.tagpackByUri).toEqual([
      { uri: 'https://example.org/pack', title: null, description: null, creator: null },
      { uri: 'https://example.org/other', title: null, description: null, creator: null },
    ]);
    expect(rows.tagByAddress).toEqual(tags);
  });
});

describe('sameTags', () => {
  const miner = tag({ label: 'Miner', lastmod: 1_600_000_000 });
  const pool = tag({ label: 'Pool', category: 'miner' });

  it('ignores order', () => {
    expect(sameTags([miner, pool], [pool, { ...miner }])).toBe(true);
    expect(sameTags([], [])).toBe(true);
  });

  it('tells apart a list that repeats a tag from the table it was written to', () => {
    expect(sameTags([miner, miner], [miner])).toBe(false);
    expect(sameTags([miner, { ...miner, category: 'pool' }], [miner])).toBe(false);
  });

  it('tells apart a value changed under the same key', () => {
    expect(sameTags([miner, pool], [miner, { ...pool, category: 'exchange' }])).toBe(false);
    expect(sameTags([miner], [{ ...miner, lastmod: null }])).toBe(false);
  });

  it('tells apart a missing, added or re-keyed tag', () => {
    expect(sameTags([miner, pool], [miner])).toBe(false);
    expect(sameTags([miner], [miner, pool])).toBe(false);
    expect(sameTags([miner], [{ ...miner, currency: 'btc' }])).toBe(false);
    expect(sameTags([miner], [{ ...miner, source: 'elsewhere' }])).toBe(false);
  });
});
