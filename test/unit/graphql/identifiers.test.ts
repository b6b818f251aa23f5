import { describe, expect, it } from 'vitest';
import {
  parseAddress,
  parseHash,
  parseNonNegative,
} from '../../../resolvers/common/identifiers.js';
import { ErrorCode } from '../../../src/errors/index.js';

const HASH = 'ab20101c4ca509cd1bbb31bef15b96cc5f987e6438f770e105e41d012057930a';

function codeOf(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return (error as { extensions?: { code?: unknown } }).extensions?.code;
  }
  return null;
}

describe('parseAddress', () => {
  it('takes base58 addresses exactly as typed', () => {
    expect(parseAddress('1HxbaBMF2jXBVnagoHvaA6rLxmaYL8gb8T')).toBe(
      '1HxbaBMF2jXBVnagoHvaA6rLxmaYL8gb8T',
    );
  });

  it('looks bech32 addresses up in lower case', () => {
    expect(parseAddress('BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ')).toBe(
      'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
    );
    expect(parseAddress('LTC1QG42TKWUUXEFUTZXEZDKDEL39GFSTUAP288MFEA')).toBe(
      'ltc1qg42tkwuuxefutzxezdkdel39gfstuap288mfea',
    );
  });

  it('keeps an address with a bech32 prefix but other characters as typed', () => {
    // "b", "i" and "o" are not bech32 characters.
    expect(parseAddress('bc1Bio0000000000000')).toBe('bc1Bio0000000000000');
  });

  it('accepts a CashAddr prefix', () => {
    const cashAddr = 'bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a';
    expect(parseAddress(cashAddr)).toBe(cashAddr);
  });

  it.each([
    ['too short', '1HxbaBMF2jXBV'],
    ['too long', '1'.repeat(91)],
    ['punctuation', '1HxbaBMF2jXBVnagoHvaA6rLxm!YL8gb8T'],
    ['an upper-case prefix', 'BitcoinCash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a'],
    ['two colons', 'a:b:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a'],
    ['spaces', ' 1HxbaBMF2jXBVnagoHvaA6rLxmaYL8gb8T'],
  ])('refuses %s with BAD_USER_INPUT', (_, address) => {
    expect(codeOf(() => parseAddress(address))).toBe(ErrorCode.BAD_USER_INPUT);
  });
});

describe('parseHash', () => {
  it('accepts either case and an optional 0x, answering lower case', () => {
    expect(parseHash(HASH)).toBe(HASH);
    expect(parseHash(`0x${HASH.toUpperCase()}`)).toBe(HASH);
    expect(parseHash(`0X${HASH}`)).toBe(HASH);
  });

  it.each([
    ['63 characters', HASH.slice(1)],
    ['65 characters', `${HASH}0`],
    ['a non-hex character', `g${HASH.slice(1)}`],
    ['a prefix other than 0x', `0b${HASH}`],
  ])('refuses %s with BAD_USER_INPUT', (_, hash) => {
    expect(codeOf(() => parseHash(hash))).toBe(ErrorCode.BAD_USER_INPUT);
  });
});

describe('parseNonNegative', () => {
  it('refuses a negative height', () => {
    expect(parseNonNegative(0, 'height')).toBe(0);
    expect(codeOf(() => parseNonNegative(-1, 'height'))).toBe(ErrorCode.BAD_USER_INPUT);
  });
});
