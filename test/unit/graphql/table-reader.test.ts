import { describe, expect, it } from 'vitest';
import { AddressRepository } from '../../../src/cassandra/address.repository.js';
import { MAX_IN_VALUES } from '../../../src/cassandra/base.repository.js';
import { StatisticsRepository } from '../../../src/cassandra/statistics.repository.js';
import { TagRepository } from '../../../src/cassandra/tag.repository.js';
import { TransactionRepository } from '../../../src/cassandra/transaction.repository.js';
import { fakeExecutor } from './fake-executor.js';

const KEYSPACE = 'btc_transformed';

/** A stored address row as the driver gives it: only the columns the test needs. */
function addressRow(address: string, id: number) {
  return { address_prefix: address.slice(0, 5), address, address_id: id };
}

describe('repositories', () => {
  it('name their columns, bind every value and set a limit', async () => {
    const { executor, calls } = fakeExecutor(() => []);
    await new AddressRepository(executor, KEYSPACE).byAddresses([
      '1HxbaBMF2jXBVnagoHvaA6rLxmaYL8gb8T',
    ]);

    const [call] = calls;
    expect(call?.query).toBe(
      'SELECT address_prefix, address, address_id, no_incoming_txs, no_outgoing_txs, ' +
        'first_tx, last_tx, total_received, total_spent, in_degree, out_degree ' +
        'FROM btc_transformed.address WHERE address_prefix = ? AND address IN ? LIMIT ?',
    );
    expect(call?.params).toEqual(['1Hxba', ['1HxbaBMF2jXBVnagoHvaA6rLxmaYL8gb8T'], 1]);
  });

  it('query once per partition and answer in key order, null where missing', async () => {
    const stored = ['1Hxba-one-000000', '1Hxba-two-000000', '3Kawb-three-0000'];
    const { executor, calls } = fakeExecutor((_, params) => {
      const wanted = params[1] as string[];
      return stored.filter((address) => wanted.includes(address)).map((a, i) => addressRow(a, i));
    });
    const keys = ['3Kawb-three-0000', '1Hxba-missing-00', '1Hxba-two-000000', '1Hxba-one-000000'];
    const rows = await new AddressRepository(executor, KEYSPACE).byAddresses(keys);

    expect(rows.map((row) => row?.address ?? null)).toEqual([
      '3Kawb-three-0000',
      null,
      '1Hxba-two-000000',
      '1Hxba-one-000000',
    ]);
    expect(calls.map((call) => call.params[0])).toEqual(['3Kawb', '1Hxba']);
  });

  it('split long IN lists', async () => {
    const { executor, calls } = fakeExecutor(() => []);
    const ids = Array.from({ length: MAX_IN_VALUES + 1 }, (_, id) => id);
    // Bucket size above every id: one partition, two lists.
    await new AddressRepository(executor, KEYSPACE).entityIdsOf(ids, 1_000);
    expect(calls.map((call) => (call.params[1] as unknown[]).length)).toEqual([MAX_IN_VALUES, 1]);
  });

  it('group ids by the bucket size of the data', async () => {
    const { executor, calls } = fakeExecutor(() => []);
    await new AddressRepository(executor, KEYSPACE).entityIdsOf([0, 1, 2, 5], 2);
    expect(calls.map((call) => call.params.slice(0, 2))).toEqual([
      [0, [0, 1]],
      [1, [2]],
      [2, [5]],
    ]);
  });

  it('bind hashes as blobs and read them back as hex', async () => {
    const hash = 'ab20101c4ca509cd1bbb31bef15b96cc5f987e6438f770e105e41d012057930a';
    const { executor, calls } = fakeExecutor(() => [
      { tx_prefix: 'ab201', tx_hash: Buffer.from(hash, 'hex'), height: 2 },
    ]);
    const [row] = await new TransactionRepository(executor, 'btc_raw').byHashes([hash]);

    expect(row?.txHash).toBe(hash);
    expect(calls[0]?.params[1]).toEqual([Buffer.from(hash, 'hex')]);
  });

  it('read one row beyond a page to know whether more follow', async () => {
    const tag = (label: string) => ({ address: 'a', label, tagpack_uri: 'u' });
    const { executor, calls } = fakeExecutor(() => [tag('x'), tag('y'), tag('z')]);
    const page = await new TagRepository(executor, KEYSPACE).ofAddress('a', 2);

    expect(calls[0]?.params).toEqual(['a', 3]);
    expect(page.rows.map((row) => row.label)).toEqual(['x', 'y']);
    expect(page.hasNextPage).toBe(true);
  });

  it('take the statistics row with the highest no_blocks', async () => {
    const { executor } = fakeExecutor(() => [
      { no_blocks: 4n, bucket_size: 2 },
      { no_blocks: 10n, bucket_size: 3 },
      { no_blocks: 7n, bucket_size: 5 },
    ]);
    const latest = await new StatisticsRepository(executor, KEYSPACE).latest();
    expect(latest?.bucketSize).toBe(3);
  });
});
