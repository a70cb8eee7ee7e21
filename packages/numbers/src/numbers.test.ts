import {
  SipgateIOAbortError,
  SipgateIOAuthenticationError,
  SipgateIOHttpError,
  SipgateIOPermissionError,
  SipgateIOValidationError,
} from '@sipgateio/core';
import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { landlineNumber, mobileNumber, numberItem } from './__fixtures__/numbers.js';
import { createNumbersModule } from './numbers.js';
import { type NumberResponse, type NumberResponseItem, NumberResponseItemType } from './numbers.types.js';

setupNock();

const numbers = createNumbersModule(createTestClient());

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe('getAllNumbers', () => {
  it('sends GET /numbers without a query and resolves the whole body with dates revived', async () => {
    api()
      .get('/v2/numbers')
      .query({})
      .reply(200, { items: [mobileNumber, landlineNumber] });

    const response = await numbers.getAllNumbers();

    expect(response).toEqual({
      items: [
        { ...mobileNumber, mnpState: { isReleased: true, releasedUntil: new Date('2026-12-31T23:59:59Z') } },
        landlineNumber,
      ],
    });
    expect(response.items[0]?.mnpState?.releasedUntil).toBeInstanceOf(Date);
    expect(response.items[0]?.type).toBe(NumberResponseItemType.MOBILE);
  });

  it('sends offset and limit as the query', async () => {
    api().get('/v2/numbers').query({ offset: '10', limit: '5' }).reply(200, { items: [] });

    await expect(numbers.getAllNumbers({ offset: 10, limit: 5 })).resolves.toEqual({ items: [] });
  });

  it('sends only the paging fields that are given, zero included', async () => {
    api().get('/v2/numbers').query({ limit: '0' }).reply(200, { items: [] });

    await numbers.getAllNumbers({ limit: 0 });
  });

  const range0 = 'must be an integer from 0 to 2147483647, got';
  it.each([
    [{ offset: -1 }, 'pagination.offset', `offset ${range0} -1`],
    [{ offset: 1.5 }, 'pagination.offset', `offset ${range0} 1.5`],
    [{ offset: '10' }, 'pagination.offset', `offset ${range0} '10'`],
    [{ offset: Number.NaN }, 'pagination.offset', `offset ${range0} NaN`],
    [{ offset: 2 ** 31 }, 'pagination.offset', `offset ${range0} 2147483648`],
    [{ limit: -5 }, 'pagination.limit', `limit ${range0} -5`],
    [{ limit: Number.POSITIVE_INFINITY }, 'pagination.limit', `limit ${range0} Infinity`],
    [{ limit: null }, 'pagination.limit', `limit ${range0} null`],
    [null, 'pagination', 'pagination must be an object with offset and/or limit, got null'],
    ['10', 'pagination', "pagination must be an object with offset and/or limit, got '10'"],
  ])('rejects pagination %o before any request', async (pagination, field, detail) => {
    const error = await numbers.getAllNumbers(pagination as never).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ field, message: `Invalid pagination input: ${detail}` });
  });

  it('accepts the largest int32 offset and limit', async () => {
    api().get('/v2/numbers').query({ offset: '2147483647', limit: '2147483647' }).reply(200, { items: [] });

    await numbers.getAllNumbers({ offset: 2147483647, limit: 2147483647 });
  });

  it.each([
    [400, SipgateIOHttpError, 'Invalid pagination input'],
    [401, SipgateIOAuthenticationError, 'Unauthorized'],
    [
      403,
      SipgateIOPermissionError,
      'Forbidden (GET /numbers?limit=100000). The token needs one of the scopes numbers:read, all.',
    ],
    [
      500,
      SipgateIOHttpError,
      'Request failed with status 500 Internal Server Error (GET /numbers?limit=100000)',
    ],
  ])('maps status %i to %o with its message', async (status, errorClass, message) => {
    api().get('/v2/numbers').query({ limit: '100000' }).reply(status, { errors: [] });

    const error = await numbers.getAllNumbers({ limit: 100000 }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(errorClass);
    expect(error).toMatchObject({ message, status, method: 'GET', path: '/numbers?limit=100000' });
  });
});

describe('iterateAll', () => {
  it('walks the pages until a short page and yields every number once', async () => {
    const all = Array.from({ length: 5 }, (_, index) => numberItem(index));
    api()
      .get('/v2/numbers')
      .query({ offset: '0', limit: '2' })
      .reply(200, { items: all.slice(0, 2) });
    api()
      .get('/v2/numbers')
      .query({ offset: '2', limit: '2' })
      .reply(200, { items: all.slice(2, 4) });
    api()
      .get('/v2/numbers')
      .query({ offset: '4', limit: '2' })
      .reply(200, { items: all.slice(4) });

    await expect(collect(numbers.iterateAll({ pageSize: 2 }))).resolves.toEqual(all);
  });

  it('asks for one more (empty) page when the last page is full', async () => {
    const all = Array.from({ length: 4 }, (_, index) => numberItem(index));
    api()
      .get('/v2/numbers')
      .query({ offset: '0', limit: '2' })
      .reply(200, { items: all.slice(0, 2) });
    api()
      .get('/v2/numbers')
      .query({ offset: '2', limit: '2' })
      .reply(200, { items: all.slice(2, 4) });
    api().get('/v2/numbers').query({ offset: '4', limit: '2' }).reply(200, { items: [] });

    await expect(collect(numbers.iterateAll({ pageSize: 2 }))).resolves.toEqual(all);
  });

  it('uses pages of 100 by default', async () => {
    api()
      .get('/v2/numbers')
      .query({ offset: '0', limit: '100' })
      .reply(200, { items: [mobileNumber] });

    const items = await collect(numbers.iterateAll());

    expect(items.map((item) => item.id)).toEqual([mobileNumber.id]);
  });

  it.each([
    [0, '0'],
    [-1, '-1'],
    [1.5, '1.5'],
    [Number.NaN, 'NaN'],
    ['10', "'10'"],
  ])('rejects pageSize %o before any request', async (pageSize, shown) => {
    const error = await collect(numbers.iterateAll({ pageSize: pageSize as number })).catch(
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({
      field: 'options.pageSize',
      message: `Invalid pagination input: pageSize must be an integer from 1 to 2147483647, got ${shown}`,
    });
  });

  it('stops between pages when the signal fires', async () => {
    const controller = new AbortController();
    api()
      .get('/v2/numbers')
      .query({ offset: '0', limit: '2' })
      .reply(200, { items: [numberItem(0), numberItem(1)] });
    const seen: string[] = [];

    const error = await (async () => {
      for await (const item of numbers.iterateAll({ pageSize: 2, signal: controller.signal })) {
        seen.push(item.id);
        controller.abort();
      }
    })().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SipgateIOAbortError);
    expect(seen).toEqual([numberItem(0).id, numberItem(1).id]);
  });

  it('maps a 400 on a later page like getAllNumbers does', async () => {
    api()
      .get('/v2/numbers')
      .query({ offset: '0', limit: '1' })
      .reply(200, { items: [numberItem(0)] });
    api().get('/v2/numbers').query({ offset: '1', limit: '1' }).reply(400);

    const error = await collect(numbers.iterateAll({ pageSize: 1 })).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SipgateIOHttpError);
    expect(error).toMatchObject({ status: 400, message: 'Invalid pagination input' });
  });
});

describe('types', () => {
  it('types the results', () => {
    expectTypeOf(numbers.getAllNumbers).returns.resolves.toEqualTypeOf<NumberResponse>();
    expectTypeOf(numbers.iterateAll()).toMatchTypeOf<AsyncIterable<NumberResponseItem>>();
    expectTypeOf<NumberResponseItem['type']>().toEqualTypeOf<
      'MOBILE' | 'LANDLINE' | 'QUICKDIAL' | 'INTERNATIONAL'
    >();
    expect(NumberResponseItemType).toEqual({
      MOBILE: 'MOBILE',
      LANDLINE: 'LANDLINE',
      QUICKDIAL: 'QUICKDIAL',
      INTERNATIONAL: 'INTERNATIONAL',
    });
  });
});
