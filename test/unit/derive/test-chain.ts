import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChainFile, DeriveOptions } from '../../../src/derive/index.js';

const TEST_CHAIN_DIR = join(import.meta.dirname, '../../../data/test-chain');

/** The project's copy of the test chain, every file of its folder (LICENSE included). */
export function testChainFiles(): ChainFile[] {
  return readdirSync(TEST_CHAIN_DIR).map((name) => ({
    name,
    text: readFileSync(join(TEST_CHAIN_DIR, name), 'utf8'),
  }));
}

/** The options of transformation.md section 7: bucket size 2, coinjoin excluded. */
export const TEST_CHAIN_OPTIONS: DeriveOptions = {
  bucketSize: 2,
  includeCoinjoin: false,
  txListLimit: 100,
  currency: 'btc',
  rawKeyspace: 'btc_raw',
};
