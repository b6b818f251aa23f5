import { describe, expect, it } from 'vitest';
import { deriveTransformed, type TransformedRows } from '../../../src/derive/index.js';
import {
  block,
  CRAFTED_OPTIONS,
  entry,
  fiatValue,
  hash,
  JAN_1,
  JAN_2,
  JAN_3,
  rawChain,
  transaction,
} from './chain-builder.js';

// Heights 0 (100 EUR, 200 USD), 1 (a day without a rate) and 2 (50 EUR, 40 USD).
// Ids by first receipt: A 0 (tx 10, n 1), C 1 (tx 11), B 2 (tx 12), D 3 (tx 13, n 1).
const B0 = block(0, JAN_1);
const B1 = block(1, JAN_2);
const B2 = block(2, JAN_3);
const RATES = [
  { date: '2020-01-01', eur: 100, usd: 200 },
  { date: '2020-01-03', eur: 50, usd: 40 },
];

function netting(tx13Coinjoin: boolean | null) {
  return rawChain(
    [B0, B1, B2],
    [
      transaction({
        index: 10,
        block: B0,
        outputs: [entry(null, 0n), entry('A', 1_000_000n)],
      }),
      transaction({ index: 11, block: B0, outputs: [entry('C', 200_000n)] }),
      transaction({
        index: 12,
        block: B1,
        inputs: [entry('A', 1_000_000n)],
        outputs: [entry('B', 600_000n), entry('A', 400_000n)],
      }),
      transaction({
        index: 13,
        block: B2,
        inputs: [entry('A', 400_000n), entry('C', 200_000n)],
        outputs: [entry('A', 400_000n), entry('D', 200_000n)],
        coinjoin: tx13Coinjoin,
      }),
    ],
    RATES,
  );
}

describe('net rows on a crafted chain', () => {
  const rows = deriveTransformed(netting(false), [], CRAFTED_OPTIONS);

  it('gives an output without an address no id and no row', () => {
    expect(rows.addressByIdGroup.map((row) => [row.address, row.addressId])).toEqual([
      ['A', 0],
      ['C', 1],
      ['B', 2],
      ['D', 3],
    ]);
    expect(rows.address).toHaveLength(4);
  });

  it('keeps a zero row for change that nets away', () => {
    const rowsOfA = rows.addressTransactions.filter((row) => row.addressId === 0);
    // tx 12: 400 000 back - 1 000 000 spent = -600 000; tx 13: 400 000 - 400 000 = 0.
    expect(rowsOfA.map((row) => [row.txIndex, row.value])).toEqual([
      [10, 1_000_000n],
      [12, -600_000n],
      [13, 0n],
    ]);
    expect(rowsOfA[2]).toMatchObject({ addressIdGroup: 0, txHash: hash(13), height: 2 });
  });

  it('counts a zero row in neither transaction count but as last transaction', () => {
    // 1 000 000 at 100 EUR: 1e6 * 100 / 1e6 = 100 cents = 1.00; at 200 USD: 2.00.
    // 600 000 spent at height 1, which has no rate: 0.00 in both.
    expect(rows.address.find((row) => row.address === 'A')).toMatchObject({
      addressPrefix: 'A',
      noIncomingTxs: 1,
      noOutgoingTxs: 1,
      totalReceived: fiatValue(1_000_000n, 1, 2),
      totalSpent: fiatValue(600_000n, 0, 0),
      firstTx: { height: 0, txHash: hash(10), timestamp: JAN_1 },
      lastTx: { height: 2, txHash: hash(13), timestamp: JAN_3 },
      inDegree: 0,
      outDegree: 1,
    });
  });

  it('stores 0 fiat and a 0.0 rate for a day without a rate', () => {
    expect(rows.exchangeRates).toEqual([
      { height: 0, eur: 100, usd: 200 },
      { height: 1, eur: 0, usd: 0 },
      { height: 2, eur: 50, usd: 40 },
    ]);
    expect(rows.address.find((row) => row.address === 'B')?.totalReceived).toEqual(
      fiatValue(600_000n, 0, 0),
    );
  });

  it('converts at the rate of each height', () => {
    // C receives 200 000 at height 0: 2e5 * 100 / 1e6 = 20 cents; 2e5 * 200 / 1e6 = 40 cents.
    // C spends 200 000 at height 2: 2e5 * 50 / 1e6 = 10 cents; 2e5 * 40 / 1e6 = 8 cents.
    expect(rows.address.find((row) => row.address === 'C')).toMatchObject({
      totalReceived: fiatValue(200_000n, 0.2, 0.4),
      totalSpent: fiatValue(200_000n, 0.1, 0.08),
    });
  });

  it('apportions only to input rows that spent on net', () => {
    // tx 12: denominator 0 + 600 000 (A); A -> B = 600 000 / 600 000 * 600 000.
    // tx 13: A nets to zero, so the denominator is C's 200 000; C -> D = 200 000.
    expect(
      rows.addressOutgoingRelations.map((row) => [
        row.srcAddressId,
        row.dstAddressId,
        row.estimatedValue,
      ]),
    ).toEqual([
      [0, 2, fiatValue(600_000n, 0, 0)],
      [1, 3, fiatValue(200_000n, 0.1, 0.08)],
    ]);
  });

  it('clusters the addresses that spent together, change included', () => {
    expect(rows.addressCluster.map((row) => row.cluster)).toEqual([0, 0, 2, 3]);
    // Received: tx 10 1 000 000 (1.00 EUR, 2.00 USD) + tx 11 200 000 (0.20, 0.40), summed in
    // double then rounded: fround(1 + fround(0.2)) = fround(1.2), fround(2 + fround(0.4)) =
    // fround(2.4). Spent: tx 12 600 000 (0.00 at height 1) + tx 13 200 000 (0.10, 0.08).
    expect(rows.cluster.find((row) => row.cluster === 0)).toMatchObject({
      noAddresses: 2,
      noIncomingTxs: 2,
      noOutgoingTxs: 2,
      totalReceived: fiatValue(1_200_000n, 1.2, 2.4),
      totalSpent: fiatValue(800_000n, 0.1, 0.08),
      lastTx: { height: 2 },
      outDegree: 2,
    });
    expect(rows.cluster).toHaveLength(3);
  });

  it('gives cluster relations the destination full net receipt', () => {
    expect(
      rows.clusterOutgoingRelations.map((row) => [row.srcCluster, row.dstCluster, row.value]),
    ).toEqual([
      [0, 2, fiatValue(600_000n, 0, 0)],
      [0, 3, fiatValue(200_000n, 0.1, 0.08)],
    ]);
    expect(rows.clusterOutgoingRelations[0]?.dstProperties).toEqual({
      noAddresses: 1,
      totalReceived: fiatValue(600_000n, 0, 0),
      totalSpent: fiatValue(0n, 0, 0),
    });
  });
});

describe('a null coinjoin flag', () => {
  function clustersOf(rows: TransformedRows): number[] {
    return rows.addressCluster.map((row) => row.cluster);
  }

  it('excludes the transaction from clustering by default', () => {
    const rows = deriveTransformed(netting(null), [], CRAFTED_OPTIONS);
    expect(clustersOf(rows)).toEqual([0, 1, 2, 3]);
    expect(rows.cluster).toHaveLength(4);
    // A's only row in tx 13 is zero, and zero address rows do not reach cluster rows.
    expect(rows.cluster.find((row) => row.cluster === 0)?.lastTx.height).toBe(1);
  });

  it('clusters the transaction when coinjoin is included', () => {
    const options = { ...CRAFTED_OPTIONS, includeCoinjoin: true };
    expect(clustersOf(deriveTransformed(netting(null), [], options))).toEqual([0, 0, 2, 3]);
  });

  it('treats a true flag like a null one', () => {
    expect(clustersOf(deriveTransformed(netting(true), [], CRAFTED_OPTIONS))).toEqual([0, 1, 2, 3]);
  });
});
