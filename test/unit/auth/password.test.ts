import { describe, expect, it } from 'vitest';
import {
  checkNewPassword,
  hashPassword,
  needsRehash,
  SCRYPT_PARAMETERS,
  verifyPassword,
} from '../../../src/auth/password.js';
import { FAST_SCRYPT } from './support.js';

describe('password hashing', () => {
  it('accepts the password it hashed', async () => {
    const stored = await hashPassword('correct horse battery', FAST_SCRYPT);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
  });

  it('rejects another password', async () => {
    const stored = await hashPassword('correct horse battery', FAST_SCRYPT);
    expect(await verifyPassword('correct horse battery ', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash afresh', async () => {
    const first = await hashPassword('same password', FAST_SCRYPT);
    const second = await hashPassword('same password', FAST_SCRYPT);
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
  });

  it('stores its parameters beside the hash and never the password', async () => {
    const stored = await hashPassword('correct horse battery', FAST_SCRYPT);
    expect(stored).toMatchObject({ algorithm: 'scrypt', ...FAST_SCRYPT });
    expect(JSON.stringify(stored)).not.toContain('correct horse');
  });

  it('checks a hash with the parameters it was made with', async () => {
    const stored = await hashPassword('correct horse battery', FAST_SCRYPT);
    expect(needsRehash(stored, SCRYPT_PARAMETERS)).toBe(true);
    expect(needsRehash(stored, FAST_SCRYPT)).toBe(false);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
  });

  it('hashes with the default parameters', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatchObject({ cost: 2 ** 15, blockSize: 8, parallelization: 3 });
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
  });

  it('treats composed and decomposed accents as one password', async () => {
    const stored = await hashPassword('caf\u00e9 au lait', FAST_SCRYPT);
    expect(await verifyPassword('cafe\u0301 au lait', stored)).toBe(true);
  });

  it('refuses a hash of an unknown algorithm', async () => {
    const stored = await hashPassword('correct horse battery', FAST_SCRYPT);
    const foreign = { ...stored, algorithm: 'md5' as 'scrypt' };
    expect(await verifyPassword('correct horse battery', foreign)).toBe(false);
  });

  it('refuses new passwords that are too short or too long', () => {
    expect(() => checkNewPassword('short')).toThrow(
      expect.objectContaining({ code: 'INVALID_PASSWORD' }),
    );
    expect(() => checkNewPassword('x'.repeat(1_025))).toThrow(
      expect.objectContaining({ code: 'INVALID_PASSWORD' }),
    );
    expect(() => checkNewPassword('long enough')).not.toThrow();
  });
});
