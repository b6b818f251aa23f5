/**
 * Names of the test chain (data/test-chain) that the GraphQL tests use. Addresses get ids by
 * first receipt: 138cW 0, 1Hxba 1, 1FDCg 2, 1FAkh 3, 3Kawb 4, 12751 5, 1231P 6, 1Fufj 7,
 * 1iYSY 8, 3Fkx2 9, 1CjPR 10, 1AGMA 11, 3JX79 12, 1Fm1r 13 (the multisig output of tx 5
 * gets no id).
 *
 * Rates (float32 in Cassandra): 2009-01-09 (height 2) 300 EUR / 302.67 USD, 2009-01-10
 * (height 3) 600 / 598.23, 2009-01-11 (height 4) 500 / 498.18. The statistics row says 4
 * blocks, so the current rates are those of height 4 - 1 = 3.
 */
export const ADDRESSES = [
  '138cWsiAGpW9yqfjMVCCsFcnaiSHyoWMnJ',
  '1HxbaBMF2jXBVnagoHvaA6rLxmaYL8gb8T',
  '1FDCgJ8m2xDyVmYuankk13XReVC2Zvs5cz',
  '1FAkhqm95YnV5Mi7Q5j2Wb8CkbK7Z9zpyB',
  '3Kawbc5pkpQPfmaoGCBiaw5t2uK6WBoVVe',
  '12751KvnaTTPMJbHbbercdTV48kL81BjX8',
  '1231PgW8KbpwKkvACPhp13fcL6fM5sKGvy',
  '1Fufjpf9RM2aQsGedhSpbSCGRHrmLMJ7yY',
  '1iYSYHTpr2wMShaXTTNUzMohkpuV5p5ep',
  '3Fkx2TFdcHoab4xGgSjhAVh5YBPvbBWjNL',
  '1CjPR7Z5ZSyWk6WtXvSFgkptmpoi4UM9BC',
  '1AGMAXWELLayCyS1vkLXEszESHEcB3LWqa',
  '3JX79i9xSSmLEDZ8WrUFsy3WqrpvPoQmPv',
  '1Fm1rJe1CtGuTKxWjQ4MyU7GEwrgkHYn5k',
] as const;

/** Transactions by `tx_index`. */
export const TX = {
  2: 'ab200013f626405ddebf1a7b2e0af34253d09e80f9ef7f981ec1ec59d6200c1f',
  3: 'ab20101c4ca509cd1bbb31bef15b96cc5f987e6438f770e105e41d012057930a',
  5: 'ab30109910f327700e0f199972eed8ea7c6b1920e965f9cb48a92973e7325046',
  7: 'ab4006c39b99683ac8f456721b270786c627ecb246700888315991877024b983',
  8: 'ab40158fdb719f333927a92f72727b996f1ebf565fce2cc83aea04b0f6902c6f',
  9: 'ab40231bd240c232eb8a8ed1b2267fe9f76d46c892415ab74427195cce5c6cff',
  10: 'ab403d5d27987d2a3dfc724e359870c6644b40e497bdc0589a033220fe15429d',
} as const;

/** A well-formed hash of no transaction. */
export const MISSING_TX = '00'.repeat(32);

export const BLOCK_4_HASH = '00000000000000469658b3aab3f35fce54f24844b8ae5fd696033d858eff7df2';

/** Unix times of the blocks. */
export const TIME = { 2: 1231466400, 3: 1231552800, 4: 1231639200 } as const;
