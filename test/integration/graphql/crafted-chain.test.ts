import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { craftChain, type Dataset, loadDataset } from '../../support/datasets.js';
import { type HttpGateway, startHttpGateway } from './http-gateway.js';
import { ADDRESSES, TX } from './test-chain.js';

const RATES_FILE = 'btc_raw.exchange_rates.jsonl';
const TAGS_FILE = 'tagpacks.tag_by_address.jsonl';
const DAYS_WITHOUT_RATES = ['2009-01-10', '2009-01-11'];

/** A tag in the raw input's `INSERT ... JSON` form. */
function tag(address: string, label: string, tagpack: string): string {
  return JSON.stringify({
    address,
    label,
    source: `${tagpack}.example.org`,
    category: 'Exchange',
    abuse: null,
    tagpack_uri: `https://example.org/${tagpack}`,
    lastmod: 1_600_000_000,
    currency: 'BTC',
  });
}

/**
 * The test chain without rates for the days of heights 3 and 4 (the pipeline stores 0.0 for
 * them), and with three tags on entity 4 (3Kawb and 12751, joined in tx 8): "Binance" twice
 * and "Binance Hot Wallet" once.
 */
function craftedChain(): string {
  return craftChain((files) => {
    const rates = files.get(RATES_FILE) ?? '';
    const kept = rates
      .split('\n')
      .filter((line) => !DAYS_WITHOUT_RATES.some((day) => line.includes(day)));
    files.set(RATES_FILE, kept.join('\n'));

    const tags = [
      tag(ADDRESSES[4], 'Binance', 'binance-a'),
      tag(ADDRESSES[5], 'Binance', 'binance-b'),
      tag(ADDRESSES[5], 'Binance Hot Wallet', 'binance-b'),
    ];
    files.set(TAGS_FILE, `${(files.get(TAGS_FILE) ?? '').trimEnd()}\n${tags.join('\n')}\n`);
  });
}

describe('a crafted chain', () => {
  let dataset: Dataset;
  let gateway: HttpGateway;

  beforeAll(async () => {
    dataset = await loadDataset('gql_crafted', { inputDir: craftedChain() });
    gateway = await startHttpGateway(dataset.config);
  });
  afterAll(async () => {
    await gateway?.app.close();
    await dataset?.drop();
  });

  it('answers a stored rate of 0.0 as null', async () => {
    const data = await gateway.data(`{
      known: rates(currency: "btc", height: 2) { eur usd }
      unknown: rates(currency: "btc", height: 4) { height eur usd }
      transaction(currency: "btc", hash: "${TX[10]}") {
        totalInput { value eur usd }
        outputs { items { value { value eur usd } } }
      }
    }`);
    expect(data.known).toEqual({ eur: 300, usd: 302.67 });
    expect(data.unknown).toEqual({ height: 4, eur: null, usd: null });
    expect(data.transaction).toEqual({
      totalInput: { value: '1425000', eur: null, usd: null },
      outputs: { items: [{ value: { value: '1400000', eur: null, usd: null } }] },
    });
  });

  it('answers balances as null at unknown current rates, stored values as stored', async () => {
    const data = await gateway.data(`{
      address(currency: "btc", address: "${ADDRESSES[8]}") {
        balance { value eur usd } totalReceived { value eur usd }
      }
    }`);
    // Current rates are those of height 3, whose day has no rate. The pipeline converted
    // the receipt in tx 5 (height 3) at 0.0 and stored 0.00, which the gateway passes on.
    expect(data.address).toEqual({
      balance: { value: '2350000', eur: null, usd: null },
      totalReceived: { value: '2350000', eur: 0, usd: 0 },
    });
  });

  it('scores the coherence of Binance, Binance, Binance Hot Wallet as 0.78', async () => {
    const data = await gateway.data<{ entity: Record<string, unknown> }>(`{
      entity(currency: "btc", id: 4) {
        tagCoherence
        all: tags { items { address label } totalCount pageInfo { hasNextPage } }
        page: tags(first: 2) { totalCount pageInfo { hasNextPage } }
      }
    }`);
    // e = (2² - 2) + (1² - 1) = 2; sim("Binance", "Binance Hot Wallet") = 2 * 7 / 25 = 0.56
    // both ways: (2 + 1.12) / (2 + 2) = 0.78.
    expect(data.entity.tagCoherence).toBeCloseTo(0.78, 12);
    expect(data.entity.all).toEqual({
      // cluster_tags is ordered by address, then label.
      items: [
        { address: ADDRESSES[5], label: 'Binance' },
        { address: ADDRESSES[5], label: 'Binance Hot Wallet' },
        { address: ADDRESSES[4], label: 'Binance' },
      ],
      totalCount: 3,
      pageInfo: { hasNextPage: false },
    });
    expect(data.entity.page).toEqual({ totalCount: null, pageInfo: { hasNextPage: true } });
  });
});
