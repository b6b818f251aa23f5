import { describe, expect, it } from 'vitest';
import { connectionOfList, connectionOfPage, pageSize } from '../../../resolvers/common/paging.js';
import { ErrorCode } from '../../../src/errors/index.js';

const LIMITS = { defaultPageSize: 100, maxPageSize: 1_000, statisticsCacheSeconds: 60 };

describe('pageSize', () => {
  it('defaults to the configured page size', () => {
    expect(pageSize(undefined, LIMITS)).toBe(100);
    expect(pageSize(null, LIMITS)).toBe(100);
    expect(pageSize(1_000, LIMITS)).toBe(1_000);
  });

  it.each([1_001, -1])('refuses first = %s with BAD_USER_INPUT', (first) => {
    expect(() => pageSize(first, LIMITS)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }),
      }),
    );
  });
});

describe('connections', () => {
  it('know the total of a list held whole', () => {
    const connection = connectionOfList([1, 2, 3], 2, (n) => n * 10);
    expect(connection).toEqual({ items: [10, 20], pageInfo: { hasNextPage: true }, totalCount: 3 });
  });

  it('know the total of a table page only when nothing follows', () => {
    expect(connectionOfPage({ rows: [1], hasNextPage: true }, String).totalCount).toBeNull();
    expect(connectionOfPage({ rows: [1], hasNextPage: false }, String)).toEqual({
      items: ['1'],
      pageInfo: { hasNextPage: false },
      totalCount: 1,
    });
  });
});
