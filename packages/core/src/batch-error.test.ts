import { describe, expect, it } from 'vitest';
import { listIds, SipgateIOBatchError } from './batch-error.js';
import { isSipgateIOError, SipgateIONotFoundError } from './errors.js';

describe('SipgateIOBatchError', () => {
  it('carries which ids failed, which succeeded and why, with the first failure as cause', () => {
    const notFound = new SipgateIONotFoundError('gone', {
      method: 'DELETE',
      path: '/history/e2',
      status: 404,
      statusText: 'Not Found',
      body: undefined,
      headers: {},
    });
    const error = new SipgateIOBatchError(
      'Deleting failed for 1 of 2 ids (e2)',
      { failedIds: ['e2'], succeededIds: ['e1'], causes: new Map([['e2', notFound]]) },
      { cause: notFound },
    );

    expect(isSipgateIOError(error)).toBe(true);
    expect(error).toMatchObject({ name: 'SipgateIOBatchError', failedIds: ['e2'], succeededIds: ['e1'] });
    expect(error.causes.get('e2')).toBe(notFound);
    expect(error.cause).toBe(notFound);
  });
});

describe('listIds', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b', 'c'], 'a, b, c'],
    [['a', 'b', 'c', 'd'], 'a, b, c, … (1 more)'],
  ])('lists %j as %j when three are shown', (ids, expected) => {
    expect(listIds(ids, 3)).toBe(expected);
  });

  it('shows ten ids by default', () => {
    const ids = Array.from({ length: 12 }, (_, index) => `id${index}`);
    expect(listIds(ids)).toBe(`${ids.slice(0, 10).join(', ')}, … (2 more)`);
  });
});
