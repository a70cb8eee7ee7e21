import { SipgateIOHttpError, SipgateIONotFoundError } from '@sipgateio/core';
import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { rawCallEntry } from './__fixtures__/history-entries.js';
import {
  createHistoryModule,
  HistoryBatchUpdateError,
  type HistoryEntry,
  MAX_BULK_UPDATE_SIZE,
} from './index.js';

setupNock();

const history = () => createHistoryModule(createTestClient());
const events = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `e${index}` }));

describe('batchUpdateEvents', () => {
  it('sends no request for an empty list', async () => {
    await expect(history().batchUpdateEvents([], () => ({ starred: true }))).resolves.toBeUndefined();
  });

  it('sends no request when no callback result changes anything', async () => {
    await history().batchUpdateEvents(events(3), () => ({ starred: undefined }));
  });

  it('sends one bulk PUT for updates without note and one PUT per noted entry (original test)', async () => {
    const entries = ['1', '2', '3', '4', '5'].map(
      (id) => ({ ...rawCallEntry, id }) as unknown as HistoryEntry,
    );
    api()
      .put('/v2/history', [
        { id: '1', starred: true },
        { id: '2', starred: true },
        { id: '5', starred: true },
      ])
      .reply(204);
    api().put('/v2/history/3', { note: 'note for 3' }).reply(204);
    api().put('/v2/history/4', { note: 'note for 4' }).reply(204);
    await history().batchUpdateEvents(entries, (entry) =>
      entry.id === '3' || entry.id === '4' ? { note: `note for ${entry.id}` } : { starred: true },
    );
  });

  it('sends the other fields along with a note, without id and without undefined fields', async () => {
    api().put('/v2/history/a', { archived: true, starred: false, read: true, note: '' }).reply(204);
    api()
      .put('/v2/history', [{ id: 'b', read: false }])
      .reply(204);
    await history().batchUpdateEvents([{ id: 'a' }, { id: 'b' }], (event) =>
      event.id === 'a'
        ? { archived: true, starred: false, read: true, note: '' }
        : { read: false, archived: undefined },
    );
  });

  it('ignores fields the API does not know, including an id of the callback', async () => {
    api()
      .put('/v2/history', [{ id: 'a', starred: true }])
      .reply(204);
    await history().batchUpdateEvents([{ id: 'a' }], () => ({ starred: true, id: 'other', foo: 1 }) as never);
  });

  it('percent-encodes ids in per-entry paths', async () => {
    api().put('/v2/history/a%2Fb', { note: 'x' }).reply(204);
    await history().batchUpdateEvents([{ id: 'a/b' }], () => ({ note: 'x' }));
  });

  it.each([
    { count: MAX_BULK_UPDATE_SIZE, sizes: [149] },
    { count: 150, sizes: [149, 1] },
    { count: 300, sizes: [149, 149, 2] },
  ])(
    'splits $count bulk updates into batches of $sizes (the API takes fewer than 150)',
    async ({ count, sizes }) => {
      const all = events(count);
      let start = 0;
      for (const size of sizes) {
        const batch = all.slice(start, start + size).map(({ id }) => ({ id, archived: true }));
        api().put('/v2/history', batch).reply(204);
        start += size;
      }
      await history().batchUpdateEvents(all, () => ({ archived: true }));
    },
  );

  it('keeps at most 5 requests in flight', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    let requests = 0;
    api()
      .put(/^\/v2\/history\/e\d+$/)
      .times(20)
      .reply((_uri, _body, callback) => {
        requests++;
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        setTimeout(() => {
          inFlight--;
          callback(null, [204, '']);
        }, 15);
      });
    await history().batchUpdateEvents(events(20), () => ({ note: 'n' }));
    expect(requests).toBe(20);
    expect(maxInFlight).toBe(5);
  });

  it('reports exactly which ids failed and which were updated', async () => {
    const all = events(160);
    // Bulk: e0…e148 succeed, e149 (second batch) fails; notes: e150…e159, of which e155 is not found.
    const bulk = all.filter((_, index) => index < 150);
    api()
      .put(
        '/v2/history',
        bulk.slice(0, 149).map(({ id }) => ({ id, starred: true })),
      )
      .reply(204);
    api()
      .put('/v2/history', [{ id: 'e149', starred: true }])
      .reply(500);
    for (const { id } of all.slice(150)) {
      api()
        .put(`/v2/history/${id}`, { note: `n-${id}` })
        .reply(id === 'e155' ? 404 : 204);
    }
    const error = (await history()
      .batchUpdateEvents(all, (event) =>
        Number(event.id.slice(1)) >= 150 ? { note: `n-${event.id}` } : { starred: true },
      )
      .catch((caught: unknown) => caught)) as HistoryBatchUpdateError;

    expect(error).toBeInstanceOf(HistoryBatchUpdateError);
    expect(error.name).toBe('HistoryBatchUpdateError');
    expect([...error.failedIds].sort()).toEqual(['e149', 'e155']);
    const expectedSucceeded = all.map(({ id }) => id).filter((id) => id !== 'e149' && id !== 'e155');
    expect([...error.succeededIds].sort()).toEqual(expectedSucceeded.sort());
    expect(error.causes.get('e149')).toBeInstanceOf(SipgateIOHttpError);
    expect(error.causes.get('e149')).toMatchObject({ status: 500, method: 'PUT', path: '/history' });
    expect(error.causes.get('e155')).toBeInstanceOf(SipgateIONotFoundError);
    expect(error.causes.get('e155')).toMatchObject({
      message: 'The requested history event could not be found',
      path: '/history/e155',
    });
    expect(error.message).toMatch(/^Updating history entries failed for 2 of 160 ids \(e1\d\d, e1\d\d\): /);
    expect(error.message).toContain('The other entries were updated; see failedIds and causes.');
  });
});
