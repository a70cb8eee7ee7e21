import { SipgateIOAbortError, SipgateIOHttpError } from '@sipgateio/core';
import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { rawCallEntry, rawFaxEntry } from './__fixtures__/history-entries.js';
import { exactly, filterCases, withQuery } from './__fixtures__/query-cases.js';
import { createHistoryModule, type HistoryEntry } from './index.js';

setupNock();

const history = () => createHistoryModule(createTestClient());
const entries = (from: number, count: number) =>
  Array.from({ length: count }, (_, index) => ({ ...rawCallEntry, id: `c${from + index}` }));

async function collect(iterable: AsyncIterable<HistoryEntry>): Promise<HistoryEntry[]> {
  const result: HistoryEntry[] = [];
  for await (const entry of iterable) result.push(entry);
  return result;
}

describe('iterateAll', () => {
  it.each(filterCases)('sends $name, then offset and limit 1000', async ({ filter, query }) => {
    api()
      .get(exactly(withQuery('/v2/history', query, 'offset=0&limit=1000')))
      .reply(200, { items: [], totalCount: 0 });
    await expect(collect(history().iterateAll(filter))).resolves.toEqual([]);
  });

  it('sends phonenumber (GET /history knows it)', async () => {
    api()
      .get(exactly('/v2/history?phonenumber=0211123456789&offset=0&limit=1000'))
      .reply(200, { items: [], totalCount: 0 });
    await collect(history().iterateAll({ phonenumber: '0211123456789' }));
  });

  it('walks the pages until a short page', async () => {
    for (const [offset, count] of [
      [0, 2],
      [2, 2],
      [4, 1],
    ] as const) {
      api()
        .get(exactly(`/v2/history?types=CALL&offset=${offset}&limit=2`))
        .reply(200, { items: entries(offset, count), totalCount: 5 });
    }
    const result = await collect(history().iterateAll({ types: ['CALL'] }, { pageSize: 2 }));
    expect(result.map((entry) => entry.id)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
  });

  it('stops at totalCount without asking for an empty page', async () => {
    api()
      .get(exactly('/v2/history?offset=0&limit=2'))
      .reply(200, { items: entries(0, 2), totalCount: 4 });
    api()
      .get(exactly('/v2/history?offset=2&limit=2'))
      .reply(200, { items: entries(2, 2), totalCount: 4 });
    const result = await collect(history().iterateAll({}, { pageSize: 2 }));
    expect(result).toHaveLength(4);
  });

  it('stops on an empty page even if totalCount claims more', async () => {
    api().get(exactly('/v2/history?offset=0&limit=1000')).reply(200, { items: [], totalCount: 10 });
    await expect(collect(history().iterateAll())).resolves.toEqual([]);
  });

  it('hands out FAX entries with faxStatus', async () => {
    api()
      .get(exactly('/v2/history?offset=0&limit=1000'))
      .reply(200, { items: [rawFaxEntry], totalCount: 1 });
    const [fax] = await collect(history().iterateAll());
    expect(fax).toMatchObject({ type: 'FAX', faxStatus: 'SENT' });
    expect(fax).not.toHaveProperty('faxStatusType');
  });

  it('stops between pages when the signal fires', async () => {
    api()
      .get(exactly('/v2/history?offset=0&limit=2'))
      .reply(200, { items: entries(0, 2), totalCount: 10 });
    const controller = new AbortController();
    const seen: string[] = [];
    const error = await (async () => {
      for await (const entry of history().iterateAll({}, { pageSize: 2, signal: controller.signal })) {
        seen.push(entry.id);
        controller.abort();
      }
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIOAbortError);
    expect(seen).toEqual(['c0', 'c1']);
  });

  it('aborts a request in flight when the signal fires', async () => {
    const controller = new AbortController();
    api()
      .get(exactly('/v2/history?offset=0&limit=1000'))
      .delay(1000)
      .reply(200, { items: [], totalCount: 0 });
    setTimeout(() => controller.abort(), 20);
    await expect(collect(history().iterateAll({}, { signal: controller.signal }))).rejects.toBeInstanceOf(
      SipgateIOAbortError,
    );
  });

  it('rejects with the mapped error when a later page fails, after yielding the earlier ones', async () => {
    api()
      .get(exactly('/v2/history?offset=0&limit=2'))
      .reply(200, { items: entries(0, 2), totalCount: 10 });
    api().get(exactly('/v2/history?offset=2&limit=2')).reply(400);
    const seen: string[] = [];
    const error = await (async () => {
      for await (const entry of history().iterateAll({}, { pageSize: 2 })) seen.push(entry.id);
    })().catch((caught: unknown) => caught);
    expect(seen).toEqual(['c0', 'c1']);
    expect(error).toBeInstanceOf(SipgateIOHttpError);
    expect(error).toMatchObject({ status: 400, message: 'Invalid filter or pagination input' });
  });

  it('sends nothing until iteration starts', async () => {
    history().iterateAll({ archived: true });
  });
});
