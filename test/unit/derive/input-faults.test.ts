import { describe, expect, it } from 'vitest';
import { INPUT_ERROR_CODE, InputFault, parseChainFiles } from '../../../src/derive/index.js';
import {
  BLOCK_FILE,
  blockLine,
  chainFiles,
  entryJson,
  faultOf,
  hashJson,
  jsonLine,
  lines,
  RATES_FILE,
  STATISTICS_FILE,
  TAGS_FILE,
  TX_FILE,
  tagLine,
  txLine,
} from './input-lines.js';

/** 2^63, one above the largest CQL bigint, and 2^63 - 1. */
const INT64_OVER = '9223372036854775808';
const INT64_MAX = '9223372036854775807';
/** 2^31, one above the largest CQL int. */
const INT32_OVER = '2147483648';
/** 2^15, one above the largest CQL smallint. */
const INT16_OVER = '32768';
const TWENTY_NINES = '99999999999999999999';
/** A rate above float32's largest (about 3.4e38): Infinity once rounded to float32. */
const BEYOND_FLOAT32 = '1e39';

function outputs(value: string, address: string[] | null = ['1A'], addressType = '3'): string {
  return `[${entryJson(address, value, addressType)}]`;
}

function rateLine(date: string, eur = '300', usd = '302.67'): string {
  return jsonLine({ date: `"${date}"`, eur, usd });
}

/** The fault a file with a good first line and the given second line raises. */
function secondLineFault(file: string, first: string, second: string) {
  return faultOf(chainFiles({ [file]: lines(first, second) }));
}

function expectFault(
  fault: ReturnType<typeof faultOf>,
  expected: { file: string; line: number | null; fault: InputFault },
) {
  expect(fault).toMatchObject({ code: INPUT_ERROR_CODE, ...expected });
}

describe('numbers beyond their CQL type', () => {
  it.each([
    ['an output value of twenty nines', { outputs: outputs(TWENTY_NINES) }],
    ['an output value of 2^63', { outputs: outputs(INT64_OVER) }],
    ['an input value of 2^63', { inputs: outputs(INT64_OVER), coinbase: 'false' }],
    ['a total output of 2^63', { total_output: INT64_OVER }],
    ['a total input of 2^63', { total_input: INT64_OVER }],
    ['a tx_index of 2^63', { tx_index: INT64_OVER }],
    ['a height of 2^31', { height: INT32_OVER }],
    ['a timestamp of 2^31', { timestamp: INT32_OVER }],
    ['an address type of 2^15', { outputs: outputs('1', ['1A'], INT16_OVER) }],
  ])('refuse %s in a transaction', (_name, fields) => {
    const fault = secondLineFault(TX_FILE, txLine(1), txLine(2, fields));
    expectFault(fault, { file: TX_FILE, line: 2, fault: InputFault.OUT_OF_RANGE });
  });

  it.each([
    ['height', { height: INT32_OVER }],
    ['timestamp', { timestamp: INT32_OVER }],
    ['no_transactions', { no_transactions: INT32_OVER }],
  ])('refuse a block %s of 2^31', (_name, fields) => {
    const fault = secondLineFault(BLOCK_FILE, blockLine(0), blockLine(1, fields));
    expectFault(fault, { file: BLOCK_FILE, line: 2, fault: InputFault.OUT_OF_RANGE });
  });

  it('refuse statistics with no_txs of 2^63', () => {
    const text = jsonLine({ id: '"btc_raw"', no_blocks: '1', no_txs: INT64_OVER, timestamp: '0' });
    const fault = faultOf(chainFiles({ [STATISTICS_FILE]: lines(text) }));
    expectFault(fault, { file: STATISTICS_FILE, line: 1, fault: InputFault.OUT_OF_RANGE });
  });

  it('accept the largest values of each type', () => {
    const text = txLine(1, {
      outputs: outputs(INT64_MAX, ['1A'], '32767'),
      total_output: INT64_MAX,
    });
    const [tx] = parseChainFiles(chainFiles({ [TX_FILE]: text })).transactions;
    expect(tx?.outputs[0]).toEqual({
      address: ['1A'],
      value: 9_223_372_036_854_775_807n,
      addressType: 32_767,
    });
  });
});

describe('negative amounts, heights and times', () => {
  it.each([
    ['an output value', { outputs: outputs('-1') }],
    ['an input value', { inputs: outputs('-1'), coinbase: 'false' }],
    ['a total output', { total_output: '-1' }],
    ['a total input', { total_input: '-1' }],
    ['a tx_index', { tx_index: '-1' }],
    ['a height', { height: '-1' }],
    ['a timestamp', { timestamp: '-1' }],
  ])('refuse %s below zero', (_name, fields) => {
    const fault = secondLineFault(TX_FILE, txLine(1), txLine(2, fields));
    expectFault(fault, { file: TX_FILE, line: 2, fault: InputFault.OUT_OF_RANGE });
  });

  it.each([
    ['height', { height: '-1' }],
    ['timestamp', { timestamp: '-1' }],
  ])('refuse a block %s below zero', (_name, fields) => {
    const fault = secondLineFault(BLOCK_FILE, blockLine(0), blockLine(1, fields));
    expectFault(fault, { file: BLOCK_FILE, line: 2, fault: InputFault.OUT_OF_RANGE });
  });
});

describe('rates', () => {
  it.each([
    ['negative', rateLine('2020-01-02', '-1')],
    ['beyond float32', rateLine('2020-01-02', '300', BEYOND_FLOAT32)],
    ['infinite as a double', rateLine('2020-01-02', '1e400')],
  ])('refuse a rate that is %s', (_name, text) => {
    const fault = secondLineFault(RATES_FILE, rateLine('2020-01-01'), text);
    expectFault(fault, { file: RATES_FILE, line: 2, fault: InputFault.OUT_OF_RANGE });
  });

  it('refuse a second rate of one day', () => {
    const fault = secondLineFault(RATES_FILE, rateLine('2020-01-01'), rateLine('2020-01-01', '1'));
    expectFault(fault, { file: RATES_FILE, line: 2, fault: InputFault.DUPLICATE });
  });
});

describe('keys that Cassandra cannot store', () => {
  it.each([
    ['empty', ''],
    ['70 000 characters long', 'a'.repeat(70_000)],
    ['1025 characters long', 'a'.repeat(1025)],
  ])('refuse an address that is %s', (_name, address) => {
    const fault = secondLineFault(
      TX_FILE,
      txLine(1),
      txLine(2, { outputs: outputs('1', [address]) }),
    );
    expectFault(fault, { file: TX_FILE, line: 2, fault: InputFault.OUT_OF_RANGE });
  });

  it('refuse an empty address among the addresses of a multisig input', () => {
    const inputs = outputs('1', ['1A', '']);
    const fault = secondLineFault(TX_FILE, txLine(1), txLine(2, { inputs, coinbase: 'false' }));
    expectFault(fault, { file: TX_FILE, line: 2, fault: InputFault.OUT_OF_RANGE });
  });

  it('accept an address of 1024 characters', () => {
    const address = 'a'.repeat(1024);
    const text = txLine(1, { outputs: outputs('1', [address]) });
    const [tx] = parseChainFiles(chainFiles({ [TX_FILE]: text })).transactions;
    expect(tx?.outputs[0]?.address).toEqual([address]);
  });

  it.each([
    ['31', hashJson(2, 31)],
    ['33', hashJson(2, 33)],
    ['0', '"0x"'],
  ])('refuse a tx_hash of %s bytes', (_bytes, hash) => {
    const fault = secondLineFault(TX_FILE, txLine(1), txLine(2, { tx_hash: hash }));
    expectFault(fault, { file: TX_FILE, line: 2, fault: InputFault.MALFORMED });
  });

  it('refuse a block_hash of 31 bytes', () => {
    const text = blockLine(1, { block_hash: hashJson(1, 31) });
    const fault = secondLineFault(BLOCK_FILE, blockLine(0), text);
    expectFault(fault, { file: BLOCK_FILE, line: 2, fault: InputFault.MALFORMED });
  });

  it.each([
    ['an empty address', { address: '""' }, InputFault.OUT_OF_RANGE],
    ['a label without ASCII letters or digits', { label: '"日本"' }, InputFault.OUT_OF_RANGE],
    ['an empty category', { category: '""' }, InputFault.OUT_OF_RANGE],
    ['no source', { source: 'null' }, InputFault.MALFORMED],
  ])('refuse a tag with %s', (_name, fields, expected) => {
    const fault = secondLineFault(TAGS_FILE, tagLine(), tagLine(fields));
    expectFault(fault, { file: TAGS_FILE, line: 2, fault: expected });
  });
});

describe('records that disagree', () => {
  it('refuse a second block of one height', () => {
    const text = blockLine(0, { block_hash: hashJson(7) });
    const fault = secondLineFault(BLOCK_FILE, blockLine(0), text);
    expectFault(fault, { file: BLOCK_FILE, line: 2, fault: InputFault.DUPLICATE });
  });

  it('refuse a second transaction of one hash', () => {
    const fault = secondLineFault(TX_FILE, txLine(1), txLine(2, { tx_hash: hashJson(1) }));
    expectFault(fault, { file: TX_FILE, line: 2, fault: InputFault.DUPLICATE });
  });

  it('refuse a second transaction of one index', () => {
    const fault = secondLineFault(TX_FILE, txLine(1), txLine(2, { tx_index: '1' }));
    expectFault(fault, { file: TX_FILE, line: 2, fault: InputFault.DUPLICATE });
  });

  it('refuse a transaction whose height has no block', () => {
    const fault = secondLineFault(TX_FILE, txLine(1), txLine(2, { height: '1' }));
    expectFault(fault, { file: TX_FILE, line: 2, fault: InputFault.INCONSISTENT });
  });

  it('refuse a tx_prefix that is not the start of the hash', () => {
    const fault = secondLineFault(TX_FILE, txLine(1), txLine(2, { tx_prefix: '"00001"' }));
    expectFault(fault, { file: TX_FILE, line: 2, fault: InputFault.INCONSISTENT });
  });

  it('accept a tx_prefix of the hash in upper case', () => {
    const text = txLine(1, { tx_hash: `"0x${'ab'.repeat(32)}"`, tx_prefix: '"ABABA"' });
    const [tx] = parseChainFiles(chainFiles({ [TX_FILE]: text })).transactions;
    expect(tx?.txPrefix).toBe('ababa');
  });
});

describe('what the raw input may hold', () => {
  it('takes totals that disagree with the entries as given', () => {
    const text = txLine(1, { total_output: '1' });
    const [tx] = parseChainFiles(chainFiles({ [TX_FILE]: text })).transactions;
    expect(tx?.totalOutput).toBe(1n);
  });

  it('reads multisig, non-standard and coinjoin-less transactions', () => {
    const entries = [entryJson(['1A', '1B'], '3'), entryJson(null, '2', 'null')];
    const text = txLine(1, { outputs: `[${entries.join(', ')}]`, coinjoin: 'null' });
    const [tx] = parseChainFiles(chainFiles({ [TX_FILE]: text })).transactions;
    expect(tx?.outputs.map((output) => output.address)).toEqual([['1A', '1B'], null]);
    expect(tx?.coinjoin).toBeNull();
  });

  it('reads a tag without category, abuse or lastmod', () => {
    const text = tagLine({ category: 'null', lastmod: 'null' });
    const [tag] = parseChainFiles(chainFiles({ [TAGS_FILE]: text })).tags;
    expect(tag).toMatchObject({ address: '1Miner', category: null, abuse: null, lastmod: null });
  });
});
