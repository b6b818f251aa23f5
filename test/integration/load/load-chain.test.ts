import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../src/cassandra/client.js';
import { KeyspaceAdmin } from '../../../src/cassandra/keyspaces.js';
import { InputError } from '../../../src/derive/index.js';
import { LoadError, loadChain } from '../../../src/load/index.js';
import {
  CONCEPTS_FILE,
  craftChain,
  type Dataset,
  loadDataset,
  TEST_CHAIN_DIR,
  testConfig,
  testMapping,
} from '../../support/datasets.js';

const TX2 = 'ab200013f626405ddebf1a7b2e0af34253d09e80f9ef7f981ec1ec59d6200c1f';
const TX3 = 'ab20101c4ca509cd1bbb31bef15b96cc5f987e6438f770e105e41d012057930a';
const TX5 = 'ab30109910f327700e0f199972eed8ea7c6b1920e965f9cb48a92973e7325046';
const TX6 = 'ab3020c34bed7a86eef78534d72fd38c3c247c25d58be632201cb2027c9d2197';
const TX9 = 'ab40231bd240c232eb8a8ed1b2267fe9f76d46c892415ab74427195cce5c6cff';

// Heights 2, 3 and 4 are the blocks of 2009-01-09, -10 and -11.
const TIME_OF_HEIGHT = { 2: 1231466400, 3: 1231552800, 4: 1231639200 };

/** A stored float32 fiat value rounded to cents, as the gateway shows it. */
function cents(value: number): number {
  return Math.round(value * 100) / 100;
}

function fiat(udt: { value: bigint; eur: number; usd: number }) {
  return { value: udt.value, eur: cents(udt.eur), usd: cents(udt.usd) };
}

function txIdTime(udt: { height: number; tx_hash: Buffer; timestamp: number }) {
  return { height: udt.height, txHash: udt.tx_hash.toString('hex'), timestamp: udt.timestamp };
}

async function selectOne(client: Client, query: string, params: unknown[]) {
  const result = await client.execute(query, params, { prepare: true });
  expect(result.rowLength).toBe(1);
  return result.first();
}

describe('loading the test chain at bucket size 2', () => {
  let dataset: Dataset;
  let transformed: string;

  beforeAll(async () => {
    dataset = await loadDataset('load');
    transformed = dataset.config.mapping.currencies.btc?.transformed ?? '';
  });
  afterAll(() => dataset?.drop());

  it('writes the address 1HxbaBMF2jXBVnagoHvaA6rLxmaYL8gb8T', async () => {
    const row = await selectOne(
      dataset.client,
      `SELECT * FROM ${transformed}.address WHERE address_prefix = ? AND address = ?`,
      ['1Hxba', '1HxbaBMF2jXBVnagoHvaA6rLxmaYL8gb8T'],
    );
    expect(row.address_id).toBe(1);
    expect([row.no_incoming_txs, row.no_outgoing_txs]).toEqual([1, 1]);
    expect(fiat(row.total_received)).toEqual({ value: 2_500_000n, eur: 7.5, usd: 7.57 });
    expect(fiat(row.total_spent)).toEqual({ value: 2_500_000n, eur: 15, usd: 14.96 });
    expect(txIdTime(row.first_tx)).toEqual({
      height: 2,
      txHash: TX2,
      timestamp: TIME_OF_HEIGHT[2],
    });
    expect(txIdTime(row.last_tx)).toEqual({ height: 3, txHash: TX5, timestamp: TIME_OF_HEIGHT[3] });
    expect([row.in_degree, row.out_degree]).toEqual([0, 3]);
  });

  it('writes the address 1FAkhqm95YnV5Mi7Q5j2Wb8CkbK7Z9zpyB', async () => {
    const row = await selectOne(
      dataset.client,
      `SELECT * FROM ${transformed}.address WHERE address_prefix = ? AND address = ?`,
      ['1FAkh', '1FAkhqm95YnV5Mi7Q5j2Wb8CkbK7Z9zpyB'],
    );
    expect(row.address_id).toBe(3);
    // Received in tx 3; spent in tx 6 (net -150 000 after its change) and tx 9 (-345 000).
    expect([row.no_incoming_txs, row.no_outgoing_txs]).toEqual([1, 2]);
    expect(fiat(row.total_received)).toEqual({ value: 495_000n, eur: 1.49, usd: 1.5 });
    expect(fiat(row.total_spent)).toEqual({ value: 495_000n, eur: 2.63, usd: 2.62 });
    expect(txIdTime(row.first_tx)).toEqual({
      height: 2,
      txHash: TX3,
      timestamp: TIME_OF_HEIGHT[2],
    });
    expect(txIdTime(row.last_tx)).toEqual({ height: 4, txHash: TX9, timestamp: TIME_OF_HEIGHT[4] });
    expect([row.in_degree, row.out_degree]).toEqual([1, 1]);
  });

  it('writes the relation 3 -> 9 in both directions', async () => {
    // Group of id 3 at bucket size 2 is 1; of id 9 it is 4.
    const outgoing = await selectOne(
      dataset.client,
      `SELECT * FROM ${transformed}.address_outgoing_relations ` +
        'WHERE src_address_id_group = ? AND src_address_id = ? AND dst_address_id = ?',
      [1, 3, 9],
    );
    expect(outgoing.no_transactions).toBe(2);
    expect(fiat(outgoing.estimated_value)).toEqual({ value: 480_000n, eur: 2.54, usd: 2.53 });
    expect(outgoing.tx_list.map((hash: Buffer) => hash.toString('hex'))).toEqual([TX6, TX9]);
    expect(outgoing.dst_labels).toBeNull();

    const incoming = await selectOne(
      dataset.client,
      `SELECT * FROM ${transformed}.address_incoming_relations ` +
        'WHERE dst_address_id_group = ? AND dst_address_id = ? AND src_address_id = ?',
      [4, 9, 3],
    );
    expect(incoming.no_transactions).toBe(2);
    expect(fiat(incoming.estimated_value)).toEqual({ value: 480_000n, eur: 2.54, usd: 2.53 });
  });

  it('writes the summary statistics', async () => {
    const result = await dataset.client.execute(`SELECT * FROM ${transformed}.summary_statistics`);
    expect(result.rowLength).toBe(1);
    const row = result.first();
    expect({
      noBlocks: row.no_blocks,
      noTransactions: row.no_transactions,
      noAddresses: row.no_addresses,
      noAddressRelations: row.no_address_relations,
      noClusters: row.no_clusters,
      noTags: row.no_tags,
      bucketSize: row.bucket_size,
      timestamp: row.timestamp,
    }).toEqual({
      noBlocks: 4n,
      noTransactions: 10n,
      noAddresses: 14n,
      noAddressRelations: 16n,
      noClusters: 12n,
      noTags: 1n,
      bucketSize: 2,
      timestamp: TIME_OF_HEIGHT[4],
    });
  });

  it('puts the tags in the tagpacks keyspace and the taxonomies beside them', async () => {
    const tagpacks = dataset.config.mapping.tagpacks;
    const tags = await dataset.client.execute(`SELECT address FROM ${tagpacks}.tag_by_address`);
    expect(tags.rows.map((row) => row.address).sort()).toEqual([
      '15kcXCiXU5RjkgxZuxdFhpHpixmxGvPHpa',
      '1HxbaBMF2jXBVnagoHvaA6rLxmaYL8gb8T',
    ]);
    const concepts = await dataset.client.execute(
      `SELECT taxonomy FROM ${tagpacks}.concept_by_taxonomy_id`,
    );
    const count = (taxonomy: string) => concepts.rows.filter((r) => r.taxonomy === taxonomy).length;
    expect([count('entity'), count('abuse')]).toEqual([38, 31]);
  });

  it('refuses keyspaces that hold data, and leaves them as they were', async () => {
    const options = { currency: 'btc', inputDir: TEST_CHAIN_DIR, conceptsFile: CONCEPTS_FILE };
    await expect(loadChain(dataset.client, dataset.config, options)).rejects.toThrow(LoadError);
    await expectAddressCount(14);
  });

  it('refuses a malformed line with its file and line, writing nothing', async () => {
    const inputDir = craftChain((files) => {
      const name = 'btc_raw.transaction.jsonl';
      const lines = (files.get(name) ?? '').split('\n');
      lines[2] = '{"tx_prefix": "ab201", "tx_hash": ';
      files.set(name, lines.join('\n'));
    });
    const options = {
      currency: 'btc',
      inputDir,
      conceptsFile: CONCEPTS_FILE,
      bucketSize: 3,
      force: true,
    };
    const failure = loadChain(dataset.client, dataset.config, options);
    await expect(failure).rejects.toThrow(InputError);
    await expect(failure).rejects.toMatchObject({ file: 'btc_raw.transaction.jsonl', line: 3 });
    await expectAddressCount(14);
  });

  it('replaces the data with --force', async () => {
    const options = {
      currency: 'btc',
      inputDir: TEST_CHAIN_DIR,
      conceptsFile: CONCEPTS_FILE,
      bucketSize: 2,
      includeCoinjoin: true,
      force: true,
    };
    await loadChain(dataset.client, dataset.config, options);
    const result = await dataset.client.execute(
      `SELECT no_clusters FROM ${transformed}.summary_statistics`,
    );
    // With coinjoin transactions clustered, ids 1 and 2 join: 11 clusters instead of 12.
    expect(result.rows.map((row) => row.no_clusters)).toEqual([11n]);
    await expectAddressCount(14);
  });

  it('touches no other currency or TagPack description in the tagpacks keyspace', async () => {
    const tagpacks = dataset.config.mapping.tagpacks;
    const title = 'A TagPack described by the tagpack tool';
    await dataset.client.execute(
      `INSERT INTO ${tagpacks}.tagpack_by_uri (uri, title) VALUES (?, ?)`,
      ['https://example.org/miner', title],
    );

    // Reloading btc rewrites its tags, whose TagPack has a description by now.
    const inputs = { inputDir: TEST_CHAIN_DIR, conceptsFile: CONCEPTS_FILE };
    await loadChain(dataset.client, dataset.config, { ...inputs, currency: 'btc', force: true });

    // The same files loaded as ltc: their tags are BTC's, so ltc has none and BTC keeps its own.
    const ltc = testMapping('ltc', 'ltc').ltc ?? [];
    const config = testConfig({ ...dataset.mapping, tagpacks, ltc });
    try {
      await loadChain(dataset.client, config, { ...inputs, currency: 'ltc' });
    } finally {
      const admin = new KeyspaceAdmin(dataset.client, config.cassandra.schemaTimeoutMs);
      for (const name of ltc) await admin.drop(name);
    }

    const tags = await dataset.client.execute(`SELECT currency FROM ${tagpacks}.tag_by_address`);
    expect(tags.rows.map((row) => row.currency)).toEqual(['BTC', 'BTC']);
    const described = await dataset.client.execute(
      `SELECT title FROM ${tagpacks}.tagpack_by_uri WHERE uri = ?`,
      ['https://example.org/miner'],
    );
    expect(described.first().title).toBe(title);
  });

  it('derives from the tags as stored when the input repeats a tag key', async () => {
    const tagsFile = 'tagpacks.tag_by_address.jsonl';
    const inputDir = craftChain((files) => {
      const [miner = ''] = (files.get(tagsFile) ?? '').split('\n');
      const recategorised = miner.replace('"category": "Mining Service"', '"category": "Pool"');
      files.set(tagsFile, `${miner}\n${recategorised}\n`);
    });
    const inputs = { inputDir, conceptsFile: CONCEPTS_FILE, bucketSize: 2, force: true };
    await loadChain(dataset.client, dataset.config, { ...inputs, currency: 'btc' });

    // Cassandra keeps one of the two rows; the derivation must have seen that one.
    const address = '1HxbaBMF2jXBVnagoHvaA6rLxmaYL8gb8T';
    const categoryIn = async (table: string) => {
      const query = `SELECT category FROM ${table} WHERE address = ?`;
      const result = await dataset.client.execute(query, [address], { prepare: true });
      return result.rows.map((row) => row.category);
    };
    const stored = await categoryIn(`${dataset.config.mapping.tagpacks}.tag_by_address`);
    expect(stored).toHaveLength(1);
    expect(await categoryIn(`${transformed}.address_tags`)).toEqual(stored);
  });

  async function expectAddressCount(count: number) {
    const result = await dataset.client.execute(`SELECT address FROM ${transformed}.address`);
    expect(result.rowLength).toBe(count);
  }
});
