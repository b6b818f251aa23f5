import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dataset, loadDataset, testConfig } from '../../support/datasets.js';
import { ANALYST, type HttpGateway, startHttpGateway } from './http-gateway.js';
import { ADDRESSES } from './test-chain.js';
import { WaveExecutor } from './wave-executor.js';

const SELECTION = `
  id balance { eur usd }
  tags { totalCount items { label } }
  entity { id balance { eur } tags { totalCount items { label } } tagCoherence }`;

/** One document asking for each address under its own alias. */
function document(addresses: readonly string[]): string {
  const fields = addresses.map(
    (address, index) =>
      `a${index}: address(currency: "btc", address: "${address}") { ${SELECTION} }`,
  );
  return `{ ${fields.join('\n')} }`;
}

describe('waves of Cassandra requests', () => {
  let dataset: Dataset;
  let gateway: HttpGateway;
  let waves: WaveExecutor;

  beforeAll(async () => {
    dataset = await loadDataset('gql_waves');
    // The statistics and current rates stay cached for the whole test; the gateway logs in
    // once, and every document below carries its token.
    const config = testConfig(dataset.mapping, { STATISTICS_CACHE_SECONDS: '3600' });
    waves = new WaveExecutor(dataset.client);
    gateway = await startHttpGateway(config, waves);
  });
  afterAll(async () => {
    await gateway?.app.close();
    await dataset?.drop();
  });

  /** Waves and requests of a document, after one identical warm-up run. */
  async function measure(source: string) {
    await gateway.data(source);
    waves.reset();
    const data = await gateway.data(source);
    return { waves: waves.waves, requests: waves.requests, data };
  }

  it('grow with the depth of a query, not its breadth', async () => {
    const one = await measure(document([ADDRESSES[1]]));
    const ten = await measure(document(ADDRESSES.slice(0, 10)));

    // Address rows; their tags and entity ids; the entities; the entities' tags.
    expect(one.waves).toBe(4);
    expect(ten.waves).toBe(one.waves);
    expect(Object.values(ten.data).every((address) => address !== null)).toBe(true);
  });

  it('are not added by authentication, which reads only the user store', async () => {
    const me = await measure('{ me { username } }');
    expect(me.data).toEqual({ me: { username: ANALYST } });
    expect(me.requests).toBe(0);
    expect(me.waves).toBe(0);
  });

  it('cost one lookup for ten aliases of the same address', async () => {
    const one = await measure(document([ADDRESSES[1]]));
    const aliases = await measure(document(Array(10).fill(ADDRESSES[1])));

    expect(aliases.requests).toBe(one.requests);
    expect(aliases.waves).toBe(one.waves);
  });
});
