import { describe, expect, it } from 'vitest';
import { KeyspaceCatalog } from '../../../loaders/keyspace-catalog.js';
import { GatewaySources } from '../../../loaders/sources.js';
import { TtlCache } from '../../../loaders/ttl-cache.js';
import { KeyspaceRepository } from '../../../src/cassandra/keyspace.repository.js';
import { parseMapping } from '../../../src/config/index.js';
import { fakeExecutor } from './fake-executor.js';

const MAPPING = parseMapping('{"tagpacks": "tp", "btc": ["btc_raw", "btc_tf"]}', 'MAPPING');
const LIMITS = { defaultPageSize: 100, maxPageSize: 1_000, statisticsCacheSeconds: 60 };

/** A clock the test moves by hand. */
function manualClock() {
  const clock = { time: 0, now: () => clock.time };
  return clock;
}

describe('TtlCache', () => {
  it('shares one load until it expires', async () => {
    const clock = manualClock();
    const cache = new TtlCache<number>(60, clock.now);
    let loads = 0;
    const load = async () => ++loads;

    expect(await Promise.all([cache.get(load), cache.get(load)])).toEqual([1, 1]);
    clock.time = 59_999;
    expect(await cache.get(load)).toBe(1);
    clock.time = 60_000;
    expect(await cache.get(load)).toBe(2);
  });

  it('forgets a failed load at once', async () => {
    const cache = new TtlCache<number>(60);
    await expect(cache.get(async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get(async () => 7)).toBe(7);
  });
});

describe('KeyspaceCatalog', () => {
  it('checks a missing keyspace again at most once per interval', async () => {
    const existing = new Set(['tp', 'btc_raw']);
    const { executor, calls } = fakeExecutor(() =>
      [...existing].map((name) => ({ keyspace_name: name })),
    );
    const clock = manualClock();
    const catalog = new KeyspaceCatalog(new KeyspaceRepository(executor), MAPPING, 10, clock.now);

    expect(await catalog.refresh()).toEqual(['btc_tf']);
    expect(await catalog.missing(['btc_raw', 'btc_tf'])).toEqual(['btc_tf']);
    expect(calls).toHaveLength(1);

    existing.add('btc_tf');
    clock.time = 10_000;
    expect(await catalog.missing(['btc_raw', 'btc_tf'])).toEqual([]);
    expect(calls).toHaveLength(2);
    expect(await catalog.missing(['btc_tf'])).toEqual([]);
    expect(calls).toHaveLength(2);
  });
});

describe('request loaders', () => {
  const statisticsRow = { no_blocks: 4n, bucket_size: 2 };

  function sources() {
    const { executor, calls } = fakeExecutor((query, params) => {
      if (query.includes('summary_statistics')) return [statisticsRow];
      if (query.includes('.address_by_id_group')) {
        return (params[1] as number[]).map((id) => ({ address_id: id, address: `addr-${id}` }));
      }
      if (query.includes('.address WHERE')) {
        return (params[1] as string[]).map((address) => ({ address, address_id: 0 }));
      }
      if (query.includes('.cluster_tags')) {
        return ['a', 'b', 'c'].map((label) => ({ cluster: params[1], label }));
      }
      if (query.includes('.address_cluster')) {
        return (params[1] as number[]).map((id) => ({ address_id: id, cluster: id + 100 }));
      }
      return [];
    });
    return { sources: new GatewaySources(executor, MAPPING, LIMITS), calls };
  }

  it('batch the keys of one tick: one query per partition, answers in key order', async () => {
    const { sources: shared, calls } = sources();
    const loaders = shared.forRequest().currency('btc');
    const ids = [5, 0, 1, 4, 5];

    const entityIds = await Promise.all(ids.map((id) => loaders.addresses.entityIdOf.load(id)));
    expect(entityIds).toEqual([105, 100, 101, 104, 105]);
    // Bucket size 2 from the statistics row: groups 2 (ids 5, 4) and 0 (ids 0, 1).
    const clusterQueries = calls.filter((call) => call.query.includes('.address_cluster'));
    expect(clusterQueries.map((call) => call.params.slice(0, 2))).toEqual([
      [2, [5, 4]],
      [0, [0, 1]],
    ]);
  });

  it('keep nothing from one request to the next but the statistics', async () => {
    const { sources: shared, calls } = sources();
    await shared.forRequest().currency('btc').addresses.entityIdOf.load(1);
    await shared.forRequest().currency('btc').addresses.entityIdOf.load(1);

    const count = (table: string) => calls.filter((call) => call.query.includes(table)).length;
    expect(count('.address_cluster')).toBe(2);
    expect(count('.summary_statistics')).toBe(1);
  });

  it('find an address by id through its text, sharing the cache of lookups by text', async () => {
    const { sources: shared, calls } = sources();
    const loaders = shared.forRequest().currency('btc');
    const [byId, byText] = await Promise.all([
      loaders.addresses.byId.load(3),
      loaders.addresses.byAddress.load('addr-3'),
    ]);

    expect(byId?.address).toBe('addr-3');
    expect(byId).toBe(byText);
    expect(calls.filter((call) => call.query.includes('.address WHERE'))).toHaveLength(1);
  });

  it('read the tags of an entity once for a page and for all of them', async () => {
    const { sources: shared, calls } = sources();
    const tags = shared.forRequest().currency('btc').tags;
    const [page, all] = await Promise.all([
      tags.ofEntity.load({ of: 7, limit: 2 }),
      tags.ofEntity.load({ of: 7, limit: 1_000 }),
    ]);

    expect(page).toEqual({ rows: [expect.anything(), expect.anything()], hasNextPage: true });
    expect(all.rows.map((row) => row.label)).toEqual(['a', 'b', 'c']);
    expect(all.hasNextPage).toBe(false);
    const tagQueries = calls.filter((call) => call.query.includes('.cluster_tags'));
    // Group 3 of entity 7 at bucket size 2; one row beyond the largest limit.
    expect(tagQueries.map((call) => call.params)).toEqual([[3, 7, 1_001]]);
  });
});
