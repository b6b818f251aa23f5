import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, InputFault } from '../../../src/derive/index.js';
import { type LoadChainOptions, loadChain } from '../../../src/load/index.js';
import {
  CONCEPTS_FILE,
  craftChain,
  type Dataset,
  loadDataset,
  TEST_CHAIN_DIR,
} from '../../support/datasets.js';

const TX_FILE = 'btc_raw.transaction.jsonl';
const TAGS_FILE = 'tagpacks.tag_by_address.jsonl';

/** What the test chain at bucket size 2, coinjoin excluded, holds (transformation.md 7). */
const LOADED = {
  statistics: [{ noBlocks: 4n, noAddresses: 14n, noClusters: 12n, bucketSize: 2 }],
  blocks: 4,
  transactions: 10,
  addresses: 14,
  tags: ['BTC', 'BTC'],
};

describe('a load that fails under --force', () => {
  let dataset: Dataset;

  beforeAll(async () => {
    dataset = await loadDataset('failed');
  });
  afterAll(() => dataset?.drop());

  function reload(options: Partial<LoadChainOptions>) {
    const defaults = { inputDir: TEST_CHAIN_DIR, conceptsFile: CONCEPTS_FILE, bucketSize: 3 };
    return loadChain(dataset.client, dataset.config, {
      ...defaults,
      ...options,
      currency: 'btc',
      force: true,
    });
  }

  async function count(keyspace: string, table: string): Promise<number> {
    const result = await dataset.client.execute(`SELECT * FROM ${keyspace}.${table}`);
    return result.rowLength;
  }

  /** The keyspaces still hold the test chain as first loaded, tags included. */
  async function expectPreviousData() {
    const { raw, transformed } = dataset.config.mapping.currencies.btc ?? {
      raw: '',
      transformed: '',
    };
    const statistics = await dataset.client.execute(
      'SELECT no_blocks, no_addresses, no_clusters, bucket_size ' +
        `FROM ${transformed}.summary_statistics`,
    );
    const tags = await dataset.client.execute(
      `SELECT currency FROM ${dataset.config.mapping.tagpacks}.tag_by_address`,
    );
    expect({
      statistics: statistics.rows.map((row) => ({
        noBlocks: row.no_blocks,
        noAddresses: row.no_addresses,
        noClusters: row.no_clusters,
        bucketSize: row.bucket_size,
      })),
      blocks: await count(raw, 'block'),
      transactions: await count(raw, 'transaction'),
      addresses: await count(transformed, 'address'),
      tags: tags.rows.map((row) => row.currency),
    }).toEqual(LOADED);
  }

  it('leaves the previous data, tags included, when the derivation fails', async () => {
    // Without tags: had the load written anything, the BTC tags would be gone.
    const inputDir = craftChain((files) => files.set(TAGS_FILE, ''));
    // A negative list limit is refused by the derivation itself.
    await expect(reload({ inputDir, txListLimit: -1 })).rejects.toThrow(RangeError);
    await expectPreviousData();
  });

  it('leaves the previous data when a transaction repeats an index', async () => {
    const inputDir = craftChain((files) => {
      const lines = (files.get(TX_FILE) ?? '').split('\n');
      lines[4] = (lines[4] ?? '').replace('"tx_index": 5', '"tx_index": 4');
      files.set(TX_FILE, lines.join('\n'));
    });
    const failure = reload({ inputDir });
    await expect(failure).rejects.toThrow(InputError);
    await expect(failure).rejects.toMatchObject({
      file: TX_FILE,
      line: 5,
      fault: InputFault.DUPLICATE,
    });
    await expectPreviousData();
  });

  it('names a faulty concepts file by its path', async () => {
    const conceptsFile = join(tmpdir(), `gsg-concepts-${process.pid}.yaml`);
    writeFileSync(conceptsFile, 'scheme:\n  baseurl: [unclosed\n');
    await expect(reload({ conceptsFile })).rejects.toMatchObject({
      file: conceptsFile,
      fault: InputFault.MALFORMED,
    });
    await expectPreviousData();
  });

  it('skips a folder named like a table file', async () => {
    const inputDir = craftChain(() => {});
    mkdirSync(join(inputDir, 'sub.block.jsonl'));
    await reload({ inputDir, bucketSize: 2 });
    await expectPreviousData();
  });
});
