import { expect, it } from 'vitest';
import { deriveRaw, deriveTransformed } from '../../../src/derive/index.js';
import {
  block,
  CRAFTED_OPTIONS,
  entry,
  hash,
  JAN_1,
  rawChain,
  transaction,
} from './chain-builder.js';

const B0 = block(0, JAN_1);

it('empties the transaction list of a pair beyond the limit', () => {
  // X pays Y in tx 2, 3 and 4 and Z in tx 2 and 3, with change back to X each time.
  const chain = rawChain(
    [B0],
    [
      transaction({ index: 1, block: B0, outputs: [entry('X', 100n)] }),
      transaction({
        index: 2,
        block: B0,
        inputs: [entry('X', 100n)],
        outputs: [entry('Y', 10n), entry('Z', 10n), entry('X', 80n)],
      }),
      transaction({
        index: 3,
        block: B0,
        inputs: [entry('X', 80n)],
        outputs: [entry('Z', 10n), entry('Y', 10n), entry('X', 60n)],
      }),
      transaction({
        index: 4,
        block: B0,
        inputs: [entry('X', 60n)],
        outputs: [entry('Y', 10n), entry('X', 50n)],
      }),
    ],
  );
  const rows = deriveTransformed(chain, [], { ...CRAFTED_OPTIONS, txListLimit: 2 });

  // X nets -20 in tx 2 and 3 and -10 in tx 4, all of it to Y and Z: 10 + 10 + 10 to Y.
  expect(rows.addressOutgoingRelations).toEqual([
    expect.objectContaining({ srcAddressId: 0, dstAddressId: 1, noTransactions: 3, txList: [] }),
    expect.objectContaining({ srcAddressId: 0, dstAddressId: 2, noTransactions: 2 }),
  ]);
  expect(rows.addressOutgoingRelations[0]?.estimatedValue.value).toBe(30n);
  expect(rows.addressOutgoingRelations[1]?.txList).toEqual([hash(2), hash(3)]);
  expect(rows.clusterOutgoingRelations[0]).toMatchObject({ noTransactions: 3, txList: [] });
});

it('rounds an estimated value half up', () => {
  // tx 2: denominator 1 (multisig) - 0 + 1 (W) = 2; W -> V = (1 / 2) * 5 = 2.5, up to 3.
  const chain = rawChain(
    [B0],
    [
      transaction({ index: 1, block: B0, outputs: [entry('W', 1n)] }),
      transaction({
        index: 2,
        block: B0,
        inputs: [entry('W', 1n), entry(['M1', 'M2'], 1n)],
        outputs: [entry('V', 5n)],
      }),
    ],
  );
  const rows = deriveTransformed(chain, [], CRAFTED_OPTIONS);
  expect(rows.addressOutgoingRelations[0]?.estimatedValue.value).toBe(3n);
  expect(rows.addressIncomingRelations[0]).toMatchObject({ dstAddressId: 1, srcAddressId: 0 });
});

it('keeps amounts above 2^53 satoshi exact', () => {
  // 2^53 = 9 007 199 254 740 992; E receives 2^53 + 1 and 2^53 + 3.
  const chain = rawChain(
    [B0],
    [
      transaction({ index: 1, block: B0, outputs: [entry('E', 9_007_199_254_740_993n)] }),
      transaction({ index: 2, block: B0, outputs: [entry('E', 9_007_199_254_740_995n)] }),
    ],
  );
  const rows = deriveTransformed(chain, [], CRAFTED_OPTIONS);
  // (2^53 + 1) + (2^53 + 3) = 2^54 + 4 = 18 014 398 509 481 988.
  expect(rows.address[0]?.totalReceived.value).toBe(18_014_398_509_481_988n);
  expect(rows.cluster[0]?.totalReceived.value).toBe(18_014_398_509_481_988n);
  expect(rows.addressTransactions.map((row) => row.value)).toEqual([
    9_007_199_254_740_993n,
    9_007_199_254_740_995n,
  ]);
  const blockTotals = deriveRaw(chain, CRAFTED_OPTIONS).blockTransactions[0]?.txs;
  expect(blockTotals?.map((tx) => tx.totalOutput)).toEqual([
    9_007_199_254_740_993n,
    9_007_199_254_740_995n,
  ]);
});

it('rejects a bucket size below 1', () => {
  const chain = rawChain([B0], []);
  expect(() => deriveTransformed(chain, [], { ...CRAFTED_OPTIONS, bucketSize: 0 })).toThrow(
    RangeError,
  );
});
