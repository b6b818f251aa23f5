import { describe, expect, it } from 'vitest';
import {
  type ChainFile,
  INPUT_ERROR_CODE,
  InputFault,
  parseChainFiles,
} from '../../../src/derive/index.js';
import {
  BLOCK_FILE,
  blockLine,
  chainFiles,
  entryJson,
  faultOf,
  hashJson,
  jsonLine,
  lines,
  TX_FILE,
  txLine,
} from './input-lines.js';
import { testChainFiles } from './test-chain.js';

/** A hash in upper case, as some exporters write it. */
const UPPER_HASH = `AB12${'CD'.repeat(30)}`;
const BIG = '9007199254740993';

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
    const text = txLine(7, {
      tx_hash: `"0x${UPPER_HASH}"`,
      total_output: BIG,
      inputs: 'null',
      outputs: `[${entryJson(['1Big'], BIG)}]`,
      coinjoin: 'null',
    });
    const [tx] = parseChainFiles(chainFiles({ [TX_FILE]: text })).transactions;
    expect(tx).toMatchObject({
      txHash: UPPER_HASH.toLowerCase(),
      txPrefix: 'ab12c',
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
    const text = txLine(1, {
      coinbase: 'false',
      total_input: '5',
      total_output: '5',
      coinjoin: 'null',
      inputs: `[${entryJson(null, '5', 'null')}]`,
      outputs: '[]',
    });
    const chain = parseChainFiles(chainFiles({ [TX_FILE]: text }));
    expect(chain.transactions[0]?.coinjoin).toBeNull();
    expect(chain.transactions[0]?.inputs).toEqual([
      { address: null, value: 5n, addressType: null },
    ]);
  });

  it('gives no rates, no statistics and no tags when their files are missing', () => {
    const chain = parseChainFiles(chainFiles({ 'README.md': '# not a table' }));
    expect(chain).toMatchObject({ exchangeRates: [], summaryStatistics: null, tags: [] });
  });

  it('reads rates as float32 and skips blank lines', () => {
    const text = '\n{"date": "2020-01-01", "eur": 149.55, "usd": 1}\n\n';
    const chain = parseChainFiles(chainFiles({ 'r.exchange_rates.jsonl': text }));
    expect(chain.exchangeRates).toEqual([{ date: '2020-01-01', eur: Math.fround(149.55), usd: 1 }]);
  });
});

describe('input faults', () => {
  it('names the file and line of malformed JSON', () => {
    const text = `${txLine(1)}\n\n{"tx_hash": `;
    const blocks = chainFiles().filter((file) => file.name === BLOCK_FILE);
    const fault = faultOf([...blocks, { name: 'a/b.transaction.jsonl', text }]);
    expect(fault).toMatchObject({
      code: INPUT_ERROR_CODE,
      fault: InputFault.MALFORMED,
      file: 'a/b.transaction.jsonl',
      line: 3,
    });
    expect(fault.message).toContain('a/b.transaction.jsonl, line 3');
  });

  it('names a missing required field', () => {
    const text = jsonLine({ height: '0', block_hash: hashJson(0), timestamp: '0' });
    const fault = faultOf(chainFiles({ [BLOCK_FILE]: text }));
    expect(fault).toMatchObject({ file: BLOCK_FILE, line: 1, fault: InputFault.MALFORMED });
    expect(fault.message).toContain('no_transactions');
  });

  it('names a field of the wrong type', () => {
    const text = txLine(1, { outputs: `[${entryJson(['1A'], '"many"')}]` });
    const fault = faultOf(chainFiles({ [TX_FILE]: text }));
    expect(fault).toMatchObject({ file: TX_FILE, line: 1, fault: InputFault.MALFORMED });
    expect(fault.message).toContain('outputs[0]');
  });

  it('names a missing required file', () => {
    const fault = faultOf(chainFiles().filter((file) => file.name !== BLOCK_FILE));
    expect(fault).toMatchObject({ file: '*.block.jsonl', line: null, fault: InputFault.MISSING });
  });

  it('names an unknown table file', () => {
    const fault = faultOf(chainFiles({ 'btc_raw.blocks.jsonl': '' }));
    expect(fault).toMatchObject({
      file: 'btc_raw.blocks.jsonl',
      line: null,
      fault: InputFault.UNKNOWN_TABLE,
    });
    expect(fault.message).toContain('"blocks"');
  });

  it('refuses a block file without blocks', () => {
    const fault = faultOf(chainFiles({ [BLOCK_FILE]: '\n\n' }));
    expect(fault).toMatchObject({ file: BLOCK_FILE, line: null, fault: InputFault.MISSING });
  });

  it('refuses two files of one table, naming both', () => {
    const files: ChainFile[] = [
      ...chainFiles(),
      { name: 'other.block.jsonl', text: lines(blockLine(1)) },
    ];
    const fault = faultOf(files);
    expect(fault).toMatchObject({
      file: 'other.block.jsonl',
      line: null,
      fault: InputFault.DUPLICATE,
    });
    expect(fault.message).toContain(BLOCK_FILE);
  });
});
