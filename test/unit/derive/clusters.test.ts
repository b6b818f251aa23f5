import { expect, it } from 'vitest';
import { deriveTransformed } from '../../../src/derive/index.js';
import { block, CRAFTED_OPTIONS, entry, JAN_1, rawChain, transaction } from './chain-builder.js';

// Ids by first receipt in tx 1: P 0, Q 1, R 2, S 3; then T 4 (tx 2), U 5 (tx 4).
// Q spends together with R in tx 2 and with P in tx 3: P, Q and R form one cluster.
// S spends beside a multisig input in tx 4, which is not a second regular address.
const B0 = block(0, JAN_1);
const CHAIN = rawChain(
  [B0],
  [
    transaction({
      index: 1,
      block: B0,
      outputs: ['P', 'Q', 'R', 'S'].map((address) => entry(address, 100n)),
    }),
    transaction({
      index: 2,
      block: B0,
      inputs: [entry('R', 100n), entry('Q', 100n)],
      outputs: [entry('T', 150n), entry('Q', 50n)],
    }),
    transaction({
      index: 3,
      block: B0,
      inputs: [entry('Q', 50n), entry('P', 100n)],
      outputs: [entry('T', 150n)],
    }),
    transaction({
      index: 4,
      block: B0,
      inputs: [entry(['M1', 'M2'], 10n), entry('S', 100n)],
      outputs: [entry('U', 110n)],
    }),
  ],
);

const rows = deriveTransformed(CHAIN, [], CRAFTED_OPTIONS);

it('merges clusters transitively under the smallest member id', () => {
  expect(rows.addressCluster).toEqual([
    { addressIdGroup: 0, addressId: 0, cluster: 0 },
    { addressIdGroup: 0, addressId: 1, cluster: 0 },
    { addressIdGroup: 1, addressId: 2, cluster: 0 },
    { addressIdGroup: 1, addressId: 3, cluster: 3 },
    { addressIdGroup: 2, addressId: 4, cluster: 4 },
    { addressIdGroup: 2, addressId: 5, cluster: 5 },
  ]);
});

it('nets member rows per cluster and transaction', () => {
  // tx 1: +300 in one row; tx 2: R -100, Q -100 + 50 = -150; tx 3: Q -50, P -100 = -150.
  expect(rows.cluster.find((row) => row.cluster === 0)).toMatchObject({
    clusterGroup: 0,
    noAddresses: 3,
    noIncomingTxs: 1,
    noOutgoingTxs: 2,
    totalReceived: { value: 300n },
    totalSpent: { value: 300n },
    inDegree: 0,
    outDegree: 1,
  });
  expect(rows.cluster.map((row) => row.cluster)).toEqual([0, 3, 4, 5]);
});

it('lists members with their own statistics', () => {
  // Q's change in tx 2 only lowers its net spend there: it received 100, once.
  const members = rows.clusterAddresses.filter((row) => row.cluster === 0);
  expect(members.map((row) => [row.addressId, row.totalReceived.value])).toEqual([
    [0, 100n],
    [1, 100n],
    [2, 100n],
  ]);
});

it('aggregates cluster relations over transactions', () => {
  // T's full net receipt: 150 in tx 2 and 150 in tx 3.
  expect(rows.clusterOutgoingRelations).toEqual([
    expect.objectContaining({ srcCluster: 0, dstCluster: 4, noTransactions: 2 }),
    expect.objectContaining({ srcCluster: 3, dstCluster: 5, noTransactions: 1 }),
  ]);
  expect(rows.clusterOutgoingRelations[0]?.value.value).toBe(300n);
});

it('apportions address relations by net spend', () => {
  // tx 2: denominator 0 + 100 (R) + 50 (Q's net spend) = 150: R -> T = 100, Q -> T = 50.
  // tx 4: denominator 10 (multisig) + 100 (S) = 110: S -> U = 100 / 110 * 110 = 100.
  const estimated = rows.addressOutgoingRelations.map((row) => [
    row.srcAddressId,
    row.dstAddressId,
    row.estimatedValue.value,
  ]);
  expect(estimated).toEqual([
    [0, 4, 100n],
    [1, 4, 100n],
    [2, 4, 100n],
    [3, 5, 100n],
  ]);
});
