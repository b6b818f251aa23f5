import { describe, expect, it } from 'vitest';
import {
  type ChainFile,
  INPUT_ERROR_CODE,
  InputError,
  parseChainFiles,
} from '../../../src/derive/index.js';
import { testChainFiles } from './test-chain.js';

const BLOCK =
  '{"height": 0, "block_hash": "0xABCD", "no_transactions": 1, "timestamp": 1577836800}';
const TX =
  '{"tx_hash": "0xAB12", "tx_index": 7, "height": 0, "timestamp": 1577836800, "coinbase": true, ' +
  '"total_input": 0, "total_output": 9007199254740993, "inputs": null, ' +
  '"outputs": [{"address": ["1Big"], "value": 9007199254740993, "address_type": 3}]}';

function minimal(extra: ChainFile[] = []): ChainFile[] {
  return [
    { name: 'ltc_raw.block.jsonl', text: `${BLOCK}\n` },
    { name: 'ltc_raw.transaction.jsonl', text: `${TX}\n` },
    ...extra,
  ];
}

function faultOf(files: ChainFile[]): InputError {
  try {
    parseChainFiles(files);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('no InputError');
}

describe('parseChainFiles', () => {
  it('reads the test chain and ignores its licence', () => {
    const chain = parseChainFiles(testChainFiles());
    expect(chain.blocks).toHaveLength(4);
    expect(chain.transactions).toHaveLength(10);
    expect(chain.exchangeRates).toHaveLength(4);
    expect(chain.tags).toHaveLength(2);
    expect(chain.summaryStatistics).toEqual({
      id: 'btc_raw',
      noBlocks: 4,
      noTxs: 10n,
      timestamp: 1_231_639_200,
    });
    expect(chain.transactions[4]).toMatchObject({
      txPrefix: 'ab301',
      txHash: 'ab30109910f327700e0f199972eed8ea7c6b1920e965f9cb48a92973e7325046',
      txIndex: 5n,
      coinjoin: true,
    });
    expect(chain.tags[0]).toMatchObject({ currency: 'BTC', abuse: null, lastmod: 1_524_470_607 });
  });

  it('keeps integers above 2^53 exact and hashes lower-case', () => {
    const [tx] = parseChainFiles(minimal()).transactions;
    expect(tx).toMatchObject({
      txHash: 'ab12',
      txPrefix: 'ab12',
      txIndex: 7n,
      totalOutput: 9_007_199_254_740_993n,
      inputs: [],
      coinjoin: null,
    });
    expect(tx?.outputs[0]).toEqual({
      address: ['1Big'],
      value: 9_007_199_254_740_993n,
      addressType: 3,
    });
  });

  it('tolerates null optional fields', () => {
    const text =
      '{"tx_hash": "0x01", "tx_index": 1, "height": 0, "timestamp": 0, "coinbase": false, ' +
      '"total_input": 5, "total_output": 5, "coinjoin": null, ' +
      '"inputs": [{"address": null, "value": 5, "address_type": null}], "outputs": []}';
    const chain = parseChainFiles([
      minimal()[0] as ChainFile,
      { name: 'x.transaction.jsonl', text },
    ]);
    expect(chain.transactions[0]?.coinjoin).toBeNull();
    expect(chain.transactions[0]?.inputs).toEqual([
      { address: null, value: 5n, addressType: null },
    ]);
  });

  it('gives no rates, no statistics and no tags when their files are missing', () => {
    const chain = parseChainFiles(minimal([{ name: 'README.md', text: '# not a table' }]));
    expect(chain).toMatchObject({ exchangeRates: [], summaryStatistics: null, tags: [] });
  });

  it('reads rates as float32 and skips blank lines', () => {
    const text = '\n{"date": "2020-01-01", "eur": 149.55, "usd": 1}\n\n';
    const chain = parseChainFiles(minimal([{ name: 'r.exchange_rates.jsonl', text }]));
    expect(chain.exchangeRates).toEqual([{ date: '2020-01-01', eur: Math.fround(149.55), usd: 1 }]);
  });
});

describe('input faults', () => {
  it('names the file and line of malformed JSON', () => {
    const text = `${TX}\n\n{"tx_hash": `;
    const fault = faultOf([minimal()[0] as ChainFile, { name: 'a/b.transaction.jsonl', text }]);
    expect(fault).toMatchObject({ code: INPUT_ERROR_CODE, file: 'a/b.transaction.jsonl', line: 3 });
    expect(fault.message).toContain('a/b.transaction.jsonl, line 3');
  });

  it('names a missing required field', () => {
    const text = '{"height": 0, "block_hash": "0x00", "timestamp": 0}';
    const fault = faultOf([{ name: 'btc.block.jsonl', text }, minimal()[1] as ChainFile]);
    expect(fault).toMatchObject({ file: 'btc.block.jsonl', line: 1 });
    expect(fault.message).toContain('no_transactions');
  });

  it('names a field of the wrong type', () => {
    const text = TX.replace('"value": 9007199254740993', '"value": "many"');
    const fault = faultOf([minimal()[0] as ChainFile, { name: 't.transaction.jsonl', text }]);
    expect(fault).toMatchObject({ file: 't.transaction.jsonl', line: 1 });
    expect(fault.message).toContain('outputs[0]');
  });

  it('names a missing required file', () => {
    const fault = faultOf([minimal()[1] as ChainFile]);
    expect(fault).toMatchObject({ file: '*.block.jsonl', line: null });
  });

  it('names an unknown table file', () => {
    const fault = faultOf(minimal([{ name: 'btc_raw.blocks.jsonl', text: '' }]));
    expect(fault).toMatchObject({ file: 'btc_raw.blocks.jsonl', line: null });
    expect(fault.message).toContain('"blocks"');
  });
});
