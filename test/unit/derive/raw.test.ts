import { expect, it } from 'vitest';
import { deriveRaw, parseChainFiles } from '../../../src/derive/index.js';
import { block, entry, hash, JAN_1, JAN_2, rawChain, transaction } from './chain-builder.js';
import { testChainFiles } from './test-chain.js';

it('keeps given statistics under the raw keyspace name', () => {
  const chain = parseChainFiles(testChainFiles());
  const raw = deriveRaw(chain, { rawKeyspace: 'btc_raw_2020' });
  expect(raw.summaryStatistics).toEqual({
    id: 'btc_raw_2020',
    noBlocks: 4,
    noTxs: 10n,
    timestamp: 1_231_639_200,
  });
  expect(raw.blockTransactions.map((row) => [row.height, row.txs.length])).toEqual([
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 4],
  ]);
  expect(raw.blockTransactions[3]?.txs[1]).toEqual({
    txHash: 'ab40158fdb719f333927a92f72727b996f1ebf565fce2cc83aea04b0f6902c6f',
    noInputs: 3,
    noOutputs: 2,
    totalInput: 4_495_000n,
    totalOutput: 4_449_000n,
  });
});

it('derives statistics and block order when the input lacks them', () => {
  const [first, last] = [block(0, JAN_1), block(1, JAN_2)];
  const coinbase = (index: number) =>
    transaction({ index, block: last, outputs: [entry('A', 1n)] });
  const raw = deriveRaw(rawChain([last, first], [coinbase(9), coinbase(3)]), {
    rawKeyspace: 'x_raw',
  });
  expect(raw.summaryStatistics).toEqual({ id: 'x_raw', noBlocks: 2, noTxs: 2n, timestamp: JAN_2 });
  expect(raw.blockTransactions).toEqual([
    { height: 0, txs: [] },
    {
      height: 1,
      txs: [3, 9].map((index) => ({
        txHash: hash(index),
        noInputs: 0,
        noOutputs: 1,
        totalInput: 0n,
        totalOutput: 1n,
      })),
    },
  ]);
});
