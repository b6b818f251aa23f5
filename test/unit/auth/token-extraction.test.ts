import { describe, expect, it } from 'vitest';
import { extractToken } from '../../../src/auth/index.js';

describe('extractToken', () => {
  it('prefers the Authorization cookie', () => {
    expect(extractToken({ cookie: 'from-cookie', header: 'Bearer from-header' })).toBe(
      'from-cookie',
    );
  });

  it('reads a Bearer header', () => {
    expect(extractToken({ header: 'Bearer abc.def.ghi' })).toBe('abc.def.ghi');
    expect(extractToken({ header: 'bearer   abc.def.ghi ' })).toBe('abc.def.ghi');
  });

  it('reads a bare header as old scripts send it', () => {
    expect(extractToken({ header: 'abc.def.ghi' })).toBe('abc.def.ghi');
  });

  it('falls back to the header when the cookie is empty', () => {
    expect(extractToken({ cookie: '', header: 'Bearer abc' })).toBe('abc');
  });

  it('finds nothing when neither is sent', () => {
    expect(extractToken({})).toBeUndefined();
    expect(extractToken({ cookie: ' ', header: '' })).toBeUndefined();
  });

  it('hands on another scheme so that it is refused as invalid', () => {
    expect(extractToken({ header: 'Basic dXNlcjpwYXNz' })).toBe('Basic dXNlcjpwYXNz');
  });
});
