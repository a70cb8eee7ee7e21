import { SipgateIOHttpError, SipgateIONotFoundError } from '@sipgateio/core';
import { api, createTestClient, ORIGIN, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { exactly } from './__fixtures__/query-cases.js';
import {
  createHistoryModule,
  HistoryBatchDeleteError,
  HistoryBatchError,
  MAX_DELETE_PATH_LENGTH,
} from './index.js';

setupNock();

const history = () => createHistoryModule(createTestClient());
const query = (ids: readonly string[]) => ids.map((id) => `id=${encodeURIComponent(id)}`).join('&');
// Ten-character ids: `id=xxxxxxxxxx` is 13 characters, 14 with its `&`; `/history?` is 9. So
// 9 + 14n - 1 <= 1800 gives at most 128 ids per request.
const tenCharacterIds = (count: number) =>
  Array.from({ length: count }, (_, index) => `e${String(index).padStart(9, '0')}`);

describe('deleteById', () => {
  it('deletes /history/{id}', async () => {
    api().delete('/v2/history/c1').reply(204);
    await expect(history().deleteById('c1')).resolves.toBeUndefined();
  });
});

describe('deleteByListOfIds', () => {
  it('sends no request for an empty list', async () => {
    await expect(history().deleteByListOfIds([])).resolves.toBeUndefined();
  });

  it('deletes a short list in one request with repeated id keys', async () => {
    api().delete(exactly('/v2/history?id=a&id=b&id=c')).reply(204);
    await history().deleteByListOfIds(['a', 'b', 'c']);
  });

  it('percent-encodes ids', async () => {
    api().delete(exactly('/v2/history?id=a%2Fb&id=%C3%A4%26%3D')).reply(204);
    await history().deleteByListOfIds(['a/b', 'ä&=']);
  });

  it('splits 300 ids into requests of 128, 128 and 44 so that no path exceeds 1800 characters', async () => {
    const ids = tenCharacterIds(300);
    const chunks = [ids.slice(0, 128), ids.slice(128, 256), ids.slice(256)];
    const paths = chunks.map((chunk) => `/v2/history?${query(chunk)}`);
    for (const path of paths) api().delete(exactly(path)).reply(204);
    await history().deleteByListOfIds(ids);
    for (const path of paths) {
      expect(path.length - '/v2'.length).toBeLessThanOrEqual(MAX_DELETE_PATH_LENGTH);
      expect(`${ORIGIN}${path}`.length).toBeLessThan(2000);
    }
    // One more id would have made the first request too long.
    expect(`/history?${query(ids.slice(0, 129))}`.length).toBeGreaterThan(MAX_DELETE_PATH_LENGTH);
  });

  it('counts the encoded length of ids', async () => {
    // `ä` becomes %C3%A4 (6 characters): `id=` + 100 × 6 = 603 per id, 604 with `&`. 9 + 603 + 604 = 1216;
    // a third id would make 1820 > 1800.
    const ids = Array.from({ length: 5 }, () => 'ä'.repeat(100));
    const chunks = [ids.slice(0, 2), ids.slice(2, 4), ids.slice(4)];
    for (const chunk of chunks)
      api()
        .delete(exactly(`/v2/history?${query(chunk)}`))
        .reply(204);
    await history().deleteByListOfIds(ids);
  });

  it('sends an id too long to share a request on its own', async () => {
    const long = 'x'.repeat(2000);
    api().delete(exactly('/v2/history?id=a')).reply(204);
    api()
      .delete(exactly(`/v2/history?id=${long}`))
      .reply(204);
    api().delete(exactly('/v2/history?id=b')).reply(204);
    await history().deleteByListOfIds(['a', long, 'b']);
  });

  it('reports exactly which ids were not deleted when one request fails', async () => {
    const ids = tenCharacterIds(300);
    const chunks = [ids.slice(0, 128), ids.slice(128, 256), ids.slice(256)];
    api()
      .delete(exactly(`/v2/history?${query(chunks[0]!)}`))
      .reply(204);
    api()
      .delete(exactly(`/v2/history?${query(chunks[1]!)}`))
      .reply(404);
    api()
      .delete(exactly(`/v2/history?${query(chunks[2]!)}`))
      .reply(204);
    const error = await history()
      .deleteByListOfIds(ids)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HistoryBatchDeleteError);
    expect(error).toBeInstanceOf(HistoryBatchError);
    const batchError = error as HistoryBatchDeleteError;
    expect(batchError.name).toBe('HistoryBatchDeleteError');
    expect(batchError.failedIds).toEqual(chunks[1]);
    expect([...batchError.succeededIds].sort()).toEqual([...chunks[0]!, ...chunks[2]!].sort());
    expect(batchError.causes.size).toBe(128);
    expect(batchError.causes.get(chunks[1]![0]!)).toBeInstanceOf(SipgateIONotFoundError);
    expect(batchError.cause).toBeInstanceOf(SipgateIONotFoundError);
    expect(batchError.message).toBe(
      `Deleting history entries failed for 128 of 300 ids (${chunks[1]!.slice(0, 10).join(', ')}, … (118 more)): The requested history event could not be found. The other entries were deleted; see failedIds and causes.`,
    );
  });

  it('wraps the failure of a single request too, so callers handle one error type', async () => {
    api().delete(exactly('/v2/history?id=a&id=b')).reply(400);
    const error = (await history()
      .deleteByListOfIds(['a', 'b'])
      .catch((caught: unknown) => caught)) as HistoryBatchDeleteError;
    expect(error).toBeInstanceOf(HistoryBatchDeleteError);
    expect(error.failedIds).toEqual(['a', 'b']);
    expect(error.succeededIds).toEqual([]);
    expect(error.causes.get('a')).toBeInstanceOf(SipgateIOHttpError);
    expect(error.causes.get('a')).toMatchObject({
      status: 400,
      message: 'Invalid filter or pagination input',
    });
  });
});
