import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dataset, loadDataset } from '../../support/datasets.js';
import { codes, type HttpGateway, startHttpGateway } from './http-gateway.js';
import { ADDRESSES, BLOCK_4_HASH, MISSING_TX, TIME, TX } from './test-chain.js';

const ADDRESS_FIELDS = `
  address id
  totalReceived { value eur usd } totalSpent { value eur usd } balance { value eur usd }
  firstTransaction { hash height timestamp } lastTransaction { hash height timestamp }
  incomingTransactionCount outgoingTransactionCount inDegree outDegree
  tags { items { label category source tagpackUri } totalCount pageInfo { hasNextPage } }
  entity { id addressCount }`;

const ADDRESS_QUERY = `query ($address: String!) {
  address(currency: "btc", address: $address) { ${ADDRESS_FIELDS} }
}`;

const ENTRY = 'items { addresses value { value eur usd } } totalCount pageInfo { hasNextPage }';
const TRANSACTION_QUERY = `query ($hash: String!) {
  transaction(currency: "btc", hash: $hash) {
    hash height timestamp coinbase
    totalInput { value eur usd } totalOutput { value eur usd }
    inputs { ${ENTRY} } outputs { ${ENTRY} }
  }
}`;

/** An amount as the API answers it: satoshi as decimal text, fiat rounded to cents. */
function amount(value: number, eur: number | null, usd: number | null) {
  return { value: String(value), eur, usd };
}

// The same answers from keyspaces of other names and another bucket size: the gateway knows
// them only from the mapping, and reads the bucket size from the data.
describe.each([
  { label: 'gql', bucketSize: 2 },
  { label: 'gql_other', bucketSize: 3 },
])('the test chain at bucket size $bucketSize', ({ label, bucketSize }) => {
  let dataset: Dataset;
  let gateway: HttpGateway;

  beforeAll(async () => {
    dataset = await loadDataset(label, { bucketSize });
    gateway = await startHttpGateway(dataset.config);
  });
  afterAll(async () => {
    await gateway?.app.close();
    await dataset?.drop();
  });

  it('answers the statistics and currencies', async () => {
    const data = await gateway.data(`{
      statistics(currency: "btc") {
        blockCount transactionCount addressCount addressRelationCount entityCount tagCount timestamp
      }
      currencies { code available missingKeyspaces }
    }`);
    // transformation.md section 7: 4 blocks, 10 transactions, 14 addresses, 16 relations,
    // 1 tag; 12 entities with coinjoin excluded; the last block's time.
    expect(data.statistics).toEqual({
      blockCount: '4',
      transactionCount: '10',
      addressCount: '14',
      addressRelationCount: '16',
      entityCount: '12',
      tagCount: '1',
      timestamp: TIME[4],
    });
    expect(data.currencies).toEqual([{ code: 'btc', available: true, missingKeyspaces: [] }]);
  });

  it('answers the public fields without a token and refuses the others', async () => {
    const answer = await gateway.query(
      `{ statistics(currency: "btc") { blockCount }
         address(currency: "btc", address: "${ADDRESSES[1]}") { id }
         rates(currency: "btc", height: 3) { eur } }`,
      undefined,
      null,
    );
    expect(answer.data).toEqual({ statistics: { blockCount: '4' }, address: null, rates: null });
    expect(codes(answer)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(answer.errors?.map((error) => error.extensions?.reason)).toEqual(['MISSING', 'MISSING']);
  });

  it('answers 1HxbaBMF2jXBVnagoHvaA6rLxmaYL8gb8T', async () => {
    const data = await gateway.data(ADDRESS_QUERY, { address: ADDRESSES[1] });
    expect(data.address).toEqual({
      address: ADDRESSES[1],
      id: 1,
      // Stored by the pipeline: received in tx 2 at height 2 (300 EUR, 302.67 USD), spent
      // in tx 5 at height 3 (600, 598.23): 7.50 / 7.57 and 15.00 / 14.96.
      totalReceived: amount(2_500_000, 7.5, 7.57),
      totalSpent: amount(2_500_000, 15, 14.96),
      // 0 sat at the current rates (height 3) is 0.00.
      balance: amount(0, 0, 0),
      firstTransaction: { hash: TX[2], height: 2, timestamp: TIME[2] },
      lastTransaction: { hash: TX[5], height: 3, timestamp: TIME[3] },
      incomingTransactionCount: 1,
      outgoingTransactionCount: 1,
      // Nothing sent to it but coinbase; it paid 1231P, 1Fufj and 1iYSY in tx 5.
      inDegree: 0,
      outDegree: 3,
      tags: {
        items: [
          {
            label: 'Mining Service',
            category: 'Mining Service',
            source: 'test.com',
            tagpackUri: 'https://example.org/miner',
          },
        ],
        totalCount: 1,
        pageInfo: { hasNextPage: false },
      },
      // Tx 5 is coinjoin, excluded from clustering: the address is an entity of its own.
      entity: { id: 1, addressCount: 1 },
    });
  });

  it('answers 1FAkhqm95YnV5Mi7Q5j2Wb8CkbK7Z9zpyB', async () => {
    const data = await gateway.data(ADDRESS_QUERY, { address: ADDRESSES[3] });
    expect(data.address).toMatchObject({
      id: 3,
      // Received 495 000 in tx 3; tx 6 paid 345 000 back to it, so it netted -150 000
      // there and -345 000 in tx 9 (section 7: 1.49 / 1.50 and 2.63 / 2.62 as stored).
      totalReceived: amount(495_000, 1.49, 1.5),
      totalSpent: amount(495_000, 2.63, 2.62),
      balance: amount(0, 0, 0),
      firstTransaction: { hash: TX[3], height: 2 },
      lastTransaction: { hash: TX[9], height: 4 },
      incomingTransactionCount: 1,
      outgoingTransactionCount: 2,
      inDegree: 1,
      outDegree: 1,
      tags: { items: [], totalCount: 0, pageInfo: { hasNextPage: false } },
      entity: { id: 3, addressCount: 1 },
    });
  });

  it('answers the balance of 1iYSYHTpr2wMShaXTTNUzMohkpuV5p5ep at current rates', async () => {
    const data = await gateway.data(ADDRESS_QUERY, { address: ADDRESSES[8] });
    // 2 350 000 sat received in tx 5, never spent; current rates are those of height 3:
    // 2 350 000 * 600 * 1e-8 = 14.10; 2 350 000 * 598.22998046875 (float32 598.23) * 1e-8
    // = 14.0584... = 14.06. The stored receipt (height 3) gives the same cents.
    expect(data.address).toMatchObject({
      balance: amount(2_350_000, 14.1, 14.06),
      totalReceived: amount(2_350_000, 14.1, 14.06),
      firstTransaction: { hash: TX[5], height: 3 },
      lastTransaction: { hash: TX[5], height: 3 },
      entity: { id: 8, addressCount: 1 },
    });
  });

  it('answers transaction 5 with fiat values at height 3', async () => {
    const data = await gateway.data(TRANSACTION_QUERY, { hash: TX[5] });
    // At 600 EUR and float32 598.23 = 598.22998046875 USD, value * rate * 1e-8:
    // 3 980 000 -> 23.88 / 23.8095... = 23.81; 3 925 000 -> 23.55 / 23.4805... = 23.48;
    // 1 480 000 -> 8.88 / 8.8538... = 8.85; 2 500 000 -> 15.00 / 14.9557... = 14.96;
    // 150 000 -> 0.90 / 0.8973... = 0.90; 1 325 000 -> 7.95 / 7.9265... = 7.93;
    // 100 000 -> 0.60 / 0.5982... = 0.60; 2 350 000 -> 14.10 / 14.0584... = 14.06.
    expect(data.transaction).toEqual({
      hash: TX[5],
      height: 3,
      timestamp: TIME[3],
      coinbase: false,
      totalInput: amount(3_980_000, 23.88, 23.81),
      totalOutput: amount(3_925_000, 23.55, 23.48),
      inputs: {
        items: [
          { addresses: [ADDRESSES[2]], value: amount(1_480_000, 8.88, 8.85) },
          { addresses: [ADDRESSES[1]], value: amount(2_500_000, 15, 14.96) },
        ],
        totalCount: 2,
        pageInfo: { hasNextPage: false },
      },
      outputs: {
        items: [
          {
            // The bare multisig output keeps both its addresses.
            addresses: ['1E5UPs8bXBq7v7D2b7BYNU19ZviX2LMgEe', '1KLWBUTPXtRB7wvTYq9TYdeo93fAKvWPKs'],
            value: amount(150_000, 0.9, 0.9),
          },
          { addresses: [ADDRESSES[6]], value: amount(1_325_000, 7.95, 7.93) },
          { addresses: [ADDRESSES[7]], value: amount(100_000, 0.6, 0.6) },
          { addresses: [ADDRESSES[8]], value: amount(2_350_000, 14.1, 14.06) },
        ],
        totalCount: 4,
        pageInfo: { hasNextPage: false },
      },
    });
  });

  it('answers transaction 10 with fiat values at height 4, ties to the even cent', async () => {
    const data = await gateway.data(TRANSACTION_QUERY, { hash: `0x${TX[10].toUpperCase()}` });
    // At 500 EUR and float32 498.18 = 498.17999267578125 USD: 1 425 000 -> 7.125, an exact
    // tie, 7.12 / 7.0990... = 7.10 (keyspaces.md); 1 400 000 -> 7.00 / 6.9745... = 6.97;
    // 1 325 000 -> 6.625, a tie, 6.62 / 6.6008... = 6.60; 100 000 -> 0.50 / 0.4981... = 0.50.
    expect(data.transaction).toMatchObject({
      hash: TX[10],
      height: 4,
      coinbase: false,
      totalInput: amount(1_425_000, 7.12, 7.1),
      totalOutput: amount(1_400_000, 7, 6.97),
      inputs: {
        items: [
          { addresses: [ADDRESSES[7]], value: amount(100_000, 0.5, 0.5) },
          { addresses: [ADDRESSES[6]], value: amount(1_325_000, 6.62, 6.6) },
        ],
      },
      outputs: { items: [{ addresses: [ADDRESSES[13]], value: amount(1_400_000, 7, 6.97) }] },
    });
  });

  it('answers block 4 with its transactions in block order', async () => {
    const data = await gateway.data(`{
      block(currency: "btc", height: 4) {
        height hash timestamp transactionCount
        transactions(first: 2) {
          items { hash inputCount outputCount totalInput { value eur usd } totalOutput { value eur usd } }
          totalCount pageInfo { hasNextPage }
        }
      }
    }`);
    // Tx 7 is the coinbase: 2 500 000 -> 12.50 / 12.4544... = 12.45. Tx 8 takes 4 495 000
    // (-> 22.475 in double, just above the tie: 22.48 / 22.3931... = 22.39) and pays
    // 4 449 000 (-> 22.25, keyspaces.md / 22.1640... = 22.16).
    expect(data.block).toEqual({
      height: 4,
      hash: BLOCK_4_HASH,
      timestamp: TIME[4],
      transactionCount: 4,
      transactions: {
        items: [
          {
            hash: TX[7],
            inputCount: 0,
            outputCount: 1,
            totalInput: amount(0, 0, 0),
            totalOutput: amount(2_500_000, 12.5, 12.45),
          },
          {
            hash: TX[8],
            inputCount: 3,
            outputCount: 2,
            totalInput: amount(4_495_000, 22.48, 22.39),
            totalOutput: amount(4_449_000, 22.25, 22.16),
          },
        ],
        totalCount: 4,
        pageInfo: { hasNextPage: true },
      },
    });
  });

  it('answers entities, rates and taxonomies', async () => {
    const data = await gateway.data(`{
      joined: entity(currency: "btc", id: 4) { id addressCount tagCoherence tags { totalCount } }
      tagged: entity(currency: "btc", id: 1) { tagCoherence tags { items { label address } } }
      member: entity(currency: "btc", id: 5) { id }
      rates(currency: "btc", height: 4) { height eur usd }
      noRates: rates(currency: "btc", height: 99) { eur }
      taxonomies { key concepts { id } }
    }`);
    // 3Kawb (4) and 12751 (5) spend together in tx 8: one entity with the smaller id.
    expect(data.joined).toEqual({
      id: 4,
      addressCount: 2,
      tagCoherence: null,
      tags: { totalCount: 0 },
    });
    expect(data.tagged).toEqual({
      tagCoherence: 1,
      tags: { items: [{ label: 'Mining Service', address: ADDRESSES[1] }] },
    });
    expect(data.member).toBeNull();
    expect(data.rates).toEqual({ height: 4, eur: 500, usd: 498.18 });
    expect(data.noRates).toBeNull();

    // transformation.md section 8: 31 abuse concepts, 38 entity concepts.
    const taxonomies = data.taxonomies as { key: string; concepts: unknown[] }[];
    expect(taxonomies.map(({ key, concepts }) => [key, concepts.length])).toEqual([
      ['abuse', 31],
      ['entity', 38],
    ]);
  });

  it('answers null for what is well-formed but missing', async () => {
    const data = await gateway.data(`{
      address(currency: "btc", address: "1BitcoinEaterAddressDontSendf59kuE") { id }
      transaction(currency: "btc", hash: "${MISSING_TX}") { height }
      block(currency: "btc", height: 5) { hash }
    }`);
    expect(data).toEqual({ address: null, transaction: null, block: null });
  });

  it('refuses malformed arguments and oversized pages with BAD_USER_INPUT', async () => {
    const answer = await gateway.query(`{
      a: address(currency: "doge", address: "${ADDRESSES[1]}") { id }
      b: address(currency: "btc", address: "1Hxba") { id }
      c: transaction(currency: "btc", hash: "xyz") { height }
      d: block(currency: "btc", height: -1) { hash }
      e: block(currency: "btc", height: 4) { transactions(first: 1001) { totalCount } }
    }`);
    expect(codes(answer)).toEqual(Array(5).fill('BAD_USER_INPUT'));
    expect(answer.data).toEqual({ a: null, b: null, c: null, d: null, e: null });
  });
});
