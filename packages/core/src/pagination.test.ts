import { describe, expect, it } from 'vitest';
import { SipgateIOAbortError, SipgateIOError } from './errors.js';
import { type Page, type Pagination, paginate } from './pagination.js';

/** A list endpoint over `total` numbered items that records every page request. */
function endpoint(total: number, options: { reportTotal?: boolean } = {}) {
  const requests: Required<Pagination>[] = [];
  const fetchPage = async (pagination: Required<Pagination>): Promise<Page<number>> => {
    requests.push(pagination);
    const items: number[] = [];
    for (
      let index = pagination.offset;
      index < Math.min(total, pagination.offset + pagination.limit);
      index++
    ) {
      items.push(index);
    }
    return options.reportTotal ? { items, totalCount: total } : { items };
  };
  return { fetchPage, requests };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe('paginate', () => {
  it('stops after a short page', async () => {
    const { fetchPage, requests } = endpoint(5);
    expect(await collect(paginate(fetchPage, { pageSize: 2 }))).toEqual([0, 1, 2, 3, 4]);
    expect(requests).toEqual([
      { offset: 0, limit: 2 },
      { offset: 2, limit: 2 },
      { offset: 4, limit: 2 },
    ]);
  });

  it('asks once more after a full last page when no total is known', async () => {
    const { fetchPage, requests } = endpoint(4);
    expect(await collect(paginate(fetchPage, { pageSize: 2 }))).toEqual([0, 1, 2, 3]);
    expect(requests).toHaveLength(3);
  });

  it('stops once totalCount items were read', async () => {
    const { fetchPage, requests } = endpoint(4, { reportTotal: true });
    expect(await collect(paginate(fetchPage, { pageSize: 2 }))).toEqual([0, 1, 2, 3]);
    expect(requests).toHaveLength(2);
  });

  it('honours a start offset', async () => {
    const { fetchPage, requests } = endpoint(15, { reportTotal: true });
    expect(await collect(paginate(fetchPage, { pageSize: 3, offset: 10 }))).toEqual([10, 11, 12, 13, 14]);
    expect(requests).toEqual([
      { offset: 10, limit: 3 },
      { offset: 13, limit: 3 },
    ]);
  });

  it('yields nothing for an empty list after one request', async () => {
    const { fetchPage, requests } = endpoint(0);
    expect(await collect(paginate(fetchPage, { pageSize: 10 }))).toEqual([]);
    expect(requests).toHaveLength(1);
  });

  it('holds one page: the next page is only fetched when the current one is used up', async () => {
    const { fetchPage, requests } = endpoint(10);
    const iterator = paginate(fetchPage, { pageSize: 3 });
    expect(requests).toHaveLength(0);
    await iterator.next();
    await iterator.next();
    await iterator.next();
    expect(requests).toHaveLength(1);
    await iterator.next();
    expect(requests).toHaveLength(2);
    await iterator.return();
    expect(requests).toHaveLength(2);
  });

  it('aborts between pages without fetching more', async () => {
    const { fetchPage, requests } = endpoint(10);
    const controller = new AbortController();
    const seen: number[] = [];
    const run = async () => {
      for await (const item of paginate(fetchPage, { pageSize: 2, signal: controller.signal })) {
        seen.push(item);
        if (item === 1) controller.abort(new Error('enough'));
      }
    };
    const error = await run().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIOAbortError);
    expect((error as Error).message).toBe('Paging was aborted');
    expect(seen).toEqual([0, 1]);
    expect(requests).toHaveLength(1);
  });

  it('does not fetch at all with an already aborted signal', async () => {
    const { fetchPage, requests } = endpoint(10);
    const error = await collect(paginate(fetchPage, { pageSize: 2, signal: AbortSignal.abort() })).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(SipgateIOAbortError);
    expect(requests).toHaveLength(0);
  });

  it('passes errors of fetchPage through', async () => {
    const failure = new SipgateIOError('boom');
    const error = await collect(paginate(() => Promise.reject(failure), { pageSize: 2 })).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBe(failure);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects page size %s with a validation error', async (pageSize) => {
    const { fetchPage, requests } = endpoint(3);
    const error = await collect(paginate(fetchPage, { pageSize })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIOError);
    expect(error).toMatchObject({ name: 'SipgateIOValidationError', field: 'pageSize' });
    expect(requests).toHaveLength(0);
  });
});
