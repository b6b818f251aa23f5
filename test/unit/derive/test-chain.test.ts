import { beforeAll, describe, expect, it } from 'vitest';
import {
  deriveTransformed,
  parseChainFiles,
  type RawChain,
  type TransformedRows,
} from '../../../src/derive/index.js';
import { fiatValue } from './chain-builder.js';
import { TEST_CHAIN_OPTIONS, testChainFiles } from './test-chain.js';

// The worked values of transformation.md section 7; addresses are named by their ids.
const ADDRESS_1 = '1HxbaBMF2jXBVnagoHvaA6rLxmaYL8gb8T';
const ADDRESS_3 = '1FAkhqm95YnV5Mi7Q5j2Wb8CkbK7Z9zpyB';
const ADDRESS_1231P = '1231PgW8KbpwKkvACPhp13fcL6fM5sKGvy';

function addressRow(rows: TransformedRows, address: string) {
  const row = rows.address.find((candidate) => candidate.address === address);
  if (row === undefined) throw new Error(`no address row for ${address}`);
  return row;
}

function relation(rows: TransformedRows, src: number, dst: number) {
  return rows.addressOutgoingRelations.find(
    (row) => row.srcAddressId === src && row.dstAddressId === dst,
  );
}

describe('test chain, coinjoin excluded from clustering', () => {
  let chain: RawChain;
  let rows: TransformedRows;

  beforeAll(() => {
    chain = parseChainFiles(testChainFiles());
    rows = deriveTransformed(chain, chain.tags, TEST_CHAIN_OPTIONS);
  });

  it('numbers addresses by first receipt', () => {
    const ids = rows.addressByIdGroup.slice(0, 5).map((row) => row.address.slice(0, 5));
    expect(ids).toEqual(['138cW', '1Hxba', '1FDCg', '1FAkh', '3Kawb']);
    expect(rows.addressByIdGroup).toHaveLength(14);
    expect(rows.addressByIdGroup[3]).toMatchObject({ addressIdGroup: 1, addressId: 3 });
  });

  it('gives the multisig output of tx 5 no id', () => {
    const known = new Set(rows.addressByIdGroup.map((row) => row.address));
    expect(known.has('1E5UPs8bXBq7v7D2b7BYNU19ZviX2LMgEe')).toBe(false);
    expect(known.has('1KLWBUTPXtRB7wvTYq9TYdeo93fAKvWPKs')).toBe(false);
  });

  it('derives the statistics of address 1', () => {
    expect(addressRow(rows, ADDRESS_1)).toMatchObject({
      addressPrefix: '1Hxba',
      addressId: 1,
      noIncomingTxs: 1,
      noOutgoingTxs: 1,
      totalReceived: fiatValue(2_500_000n, 7.5, 7.57),
      totalSpent: fiatValue(2_500_000n, 15, 14.96),
      firstTx: { height: 2, txHash: chain.transactions[1]?.txHash },
      lastTx: { height: 3, txHash: chain.transactions[4]?.txHash },
      inDegree: 0,
      outDegree: 3,
    });
  });

  it('nets the change of tx 6 away for address 3', () => {
    expect(addressRow(rows, ADDRESS_3)).toMatchObject({
      addressId: 3,
      noIncomingTxs: 1,
      noOutgoingTxs: 2,
      totalReceived: fiatValue(495_000n, 1.49, 1.5),
      totalSpent: fiatValue(495_000n, 2.63, 2.62),
      firstTx: { height: 2, txHash: chain.transactions[2]?.txHash },
      lastTx: { height: 4, txHash: chain.transactions[8]?.txHash },
      inDegree: 1,
      outDegree: 1,
    });
    const tx6 = rows.addressTransactions.find((row) => row.addressId === 3 && row.txIndex === 6);
    expect(tx6?.value).toBe(-150_000n);
  });

  it('converts the spending of 1231P at height 4', () => {
    expect(addressRow(rows, ADDRESS_1231P).totalSpent).toEqual(fiatValue(1_325_000n, 6.62, 6.6));
  });

  it('apportions tx 5 to its two inputs', () => {
    expect(relation(rows, 1, 6)).toMatchObject({
      noTransactions: 1,
      estimatedValue: fiatValue(832_286n, 4.99, 4.98),
      txList: [chain.transactions[4]?.txHash],
    });
    expect(relation(rows, 2, 6)?.estimatedValue.value).toBe(492_714n);
  });

  it('counts the multisig input of tx 8 in the denominator', () => {
    expect(relation(rows, 4, 11)?.estimatedValue.value).toBe(473_526n);
  });

  it('aggregates relation 3 -> 9 over tx 6 and tx 9', () => {
    const hashes = [chain.transactions[5]?.txHash, chain.transactions[8]?.txHash];
    expect(relation(rows, 3, 9)).toMatchObject({
      noTransactions: 2,
      estimatedValue: fiatValue(480_000n, 2.54, 2.53),
      txList: hashes,
    });
    const incoming = rows.addressIncomingRelations.find((row) => row.dstAddressId === 9);
    expect(incoming).toMatchObject({ srcAddressId: 3, dstAddressIdGroup: 4, noTransactions: 2 });
  });

  it('keeps addresses 1 and 2 apart', () => {
    expect(rows.cluster).toHaveLength(12);
    const cluster = rows.addressCluster.find((row) => row.addressId === 1)?.cluster;
    expect(cluster).toBe(1);
    expect(rows.addressCluster.filter((row) => row.cluster === cluster)).toHaveLength(1);
  });

  it('labels relations to the tagged address', () => {
    expect(relation(rows, 1, 6)?.dstLabels).toBeNull();
    const toTagged = rows.addressIncomingRelations.filter((row) => row.srcAddressId === 1);
    expect(toTagged.map((row) => row.srcLabels)).toEqual([
      ['Mining Service'],
      ['Mining Service'],
      ['Mining Service'],
    ]);
  });

  it('writes the summary statistics', () => {
    expect(rows.summaryStatistics).toEqual([
      {
        timestamp: 1_231_639_200,
        noBlocks: 4n,
        noTransactions: 10n,
        noAddresses: 14n,
        noAddressRelations: 16n,
        noClusters: 12n,
        noTags: 1n,
        bucketSize: 2,
      },
    ]);
  });

  it('writes one exchange rate per height', () => {
    expect(rows.exchangeRates).toEqual([
      { height: 1, eur: 150, usd: Math.fround(149.55) },
      { height: 2, eur: 300, usd: Math.fround(302.67) },
      { height: 3, eur: 600, usd: Math.fround(598.23) },
      { height: 4, eur: 500, usd: Math.fround(498.18) },
    ]);
  });

  it('tags only addresses present in the address table', () => {
    expect(rows.addressTags).toEqual([
      expect.objectContaining({ address: ADDRESS_1, addressId: 1, label: 'Mining Service' }),
    ]);
    expect(rows.clusterTags).toEqual([
      expect.objectContaining({ address: ADDRESS_1, cluster: 1, clusterGroup: 0 }),
    ]);
    expect(rows.tagByLabel.map((row) => [row.labelNorm, row.activeAddress])).toEqual([
      ['miningservice', true],
      ['johndoe', false],
    ]);
  });

  it('produces the row counts of every table', () => {
    expect(rowCounts(rows)).toEqual({
      ...EXPECTED_COUNTS,
      cluster: 12,
      ...clusterRelationCounts(11),
    });
  });
});

describe('test chain, coinjoin included in clustering', () => {
  let rows: TransformedRows;

  beforeAll(() => {
    const chain = parseChainFiles(testChainFiles());
    rows = deriveTransformed(chain, chain.tags, { ...TEST_CHAIN_OPTIONS, includeCoinjoin: true });
  });

  it('joins addresses 1 and 2 into one cluster', () => {
    expect(rows.cluster).toHaveLength(11);
    const members = rows.addressCluster.filter((row) => row.cluster === 1);
    expect(members.map((row) => row.addressId)).toEqual([1, 2]);
    // 2 500 000 (7.50 EUR, 7.57 USD) + 1 480 000 (4.44 EUR, 4.48 USD), both at height 2.
    // EUR: 7.5 + fround(4.44) = 11.9400000572 in double, whose float32 is 11.940001 (the
    // spec's value); fround(11.94) would be 11.9399996, one float32 step lower.
    expect(rows.cluster.find((row) => row.cluster === 1)).toMatchObject({
      noAddresses: 2,
      totalReceived: fiatValue(3_980_000n, 11.940001, 12.05),
    });
    expect(rows.summaryStatistics[0]?.noClusters).toBe(11n);
  });

  it('gives a cluster relation the destination full net receipt', () => {
    const toCluster6 = rows.clusterOutgoingRelations.find(
      (row) => row.srcCluster === 1 && row.dstCluster === 6,
    );
    // tx 5 pays 1 325 000 to 1231P and 100 000 to 1Fufj, both in cluster 6.
    expect(toCluster6?.value.value).toBe(1_425_000n);
  });

  it('produces the row counts of every table', () => {
    expect(rowCounts(rows)).toEqual({
      ...EXPECTED_COUNTS,
      cluster: 11,
      ...clusterRelationCounts(9),
    });
  });
});

const EXPECTED_COUNTS = {
  summaryStatistics: 1,
  exchangeRates: 4,
  address: 14,
  addressByIdGroup: 14,
  addressTransactions: 24,
  addressTags: 1,
  addressIncomingRelations: 16,
  addressOutgoingRelations: 16,
  addressCluster: 14,
  clusterAddresses: 14,
  clusterTags: 1,
  tagByLabel: 2,
};

function clusterRelationCounts(count: number) {
  return { clusterIncomingRelations: count, clusterOutgoingRelations: count };
}

function rowCounts(rows: TransformedRows): Record<string, number> {
  return Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.length]));
}
