import { describe, expect, it } from 'vitest';
import { SipgateIOValidationError } from './errors.js';
import { validatePageSize, validatePagination } from './validate-pagination.js';

function failure(run: () => unknown): SipgateIOValidationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    return error as SipgateIOValidationError;
  }
  throw new Error('expected a validation error');
}

const int32 = 'must be an integer from 0 to 2147483647, got';

describe('validatePagination', () => {
  it.each([
    [undefined, {}],
    [{}, { offset: undefined, limit: undefined }],
    [
      { offset: 0, limit: 0 },
      { offset: 0, limit: 0 },
    ],
    [
      { offset: 2_147_483_647, limit: 2_147_483_647 },
      { offset: 2_147_483_647, limit: 2_147_483_647 },
    ],
  ])('accepts %o', (value, expected) => {
    expect(validatePagination(value)).toEqual(expected);
  });

  it('returns only offset and limit, dropping other keys', () => {
    expect(validatePagination({ offset: 1, limit: 2, other: 3 })).toStrictEqual({ offset: 1, limit: 2 });
  });

  it.each([
    [{ offset: -1 }, 'pagination.offset', `offset ${int32} -1`],
    [{ offset: 1.5 }, 'pagination.offset', `offset ${int32} 1.5`],
    [{ offset: '10' }, 'pagination.offset', `offset ${int32} '10'`],
    [{ offset: 2 ** 31 }, 'pagination.offset', `offset ${int32} 2147483648`],
    [{ limit: Number.NaN }, 'pagination.limit', `limit ${int32} NaN`],
    [{ limit: null }, 'pagination.limit', `limit ${int32} null`],
    [null, 'pagination', 'pagination must be an object with offset and/or limit, got null'],
    [[], 'pagination', 'pagination must be an object with offset and/or limit, got '],
    ['10', 'pagination', "pagination must be an object with offset and/or limit, got '10'"],
  ])('rejects %o with the default prefix', (value, field, detail) => {
    const error = failure(() => validatePagination(value));
    expect(error).toMatchObject({ field, message: `Invalid pagination input: ${detail}` });
  });

  it('bounds limit by maxLimit but offset by int32, with the given prefix', () => {
    const rules = { maxLimit: 1000, messagePrefix: 'Invalid filter or pagination input' };
    expect(validatePagination({ offset: 5000, limit: 1000 }, rules)).toEqual({ offset: 5000, limit: 1000 });
    expect(failure(() => validatePagination({ limit: 1001 }, rules))).toMatchObject({
      field: 'pagination.limit',
      message: 'Invalid filter or pagination input: limit must be an integer from 0 to 1000, got 1001',
    });
  });
});

describe('validatePageSize', () => {
  it('accepts 1 to max and applies the default only to undefined', () => {
    expect(validatePageSize(1)).toBe(1);
    expect(validatePageSize(1000, { max: 1000 })).toBe(1000);
    expect(validatePageSize(undefined, { max: 1000, defaultSize: 1000 })).toBe(1000);
    expect(validatePageSize(7, { defaultSize: 1000 })).toBe(7);
  });

  it.each([0, -1, 2.5, Number.NaN, 1001, '10', undefined])('rejects %s', (value) => {
    const error = failure(() => validatePageSize(value, { max: 1000, messagePrefix: 'Invalid page' }));
    const shown = typeof value === 'string' ? `'${value}'` : String(value);
    expect(error).toMatchObject({
      field: 'options.pageSize',
      message: `Invalid page: pageSize must be an integer from 1 to 1000, got ${shown}`,
    });
  });
});
