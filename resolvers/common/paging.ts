import type { Page } from '../../src/cassandra/base.repository.js';
import type { LimitSettings } from '../../src/config/index.js';
import { BadUserInput } from '../../src/errors/index.js';
import type { ConnectionShape } from './connection.type.js';

/** The description of every `first` argument. */
export const FIRST_DESCRIPTION =
  'How many items to return: at most the server maximum (MAX_PAGE_SIZE, 1000 by default); ' +
  'the server default (DEFAULT_PAGE_SIZE, 100 by default) when not given.';

/** The page size a `first` argument asks for, or BAD_USER_INPUT. */
export function pageSize(first: number | null | undefined, limits: LimitSettings): number {
  if (first === null || first === undefined) return limits.defaultPageSize;
  if (first < 0 || first > limits.maxPageSize) {
    throw new BadUserInput(`"first" must be from 0 to ${limits.maxPageSize}`, 'first');
  }
  return first;
}

/** A page read from a table: the total is exact only when nothing follows it. */
export function connectionOfPage<R, T>(page: Page<R>, shape: (row: R) => T): ConnectionShape<T> {
  return {
    items: page.rows.map(shape),
    pageInfo: { hasNextPage: page.hasNextPage },
    totalCount: page.hasNextPage ? null : page.rows.length,
  };
}

/** The first `size` items of a list held whole in memory, whose length is exact. */
export function connectionOfList<R, T>(
  list: readonly R[],
  size: number,
  shape: (row: R) => T,
): ConnectionShape<T> {
  return {
    items: list.slice(0, size).map(shape),
    pageInfo: { hasNextPage: list.length > size },
    totalCount: list.length,
  };
}
