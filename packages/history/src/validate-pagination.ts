import { type Pagination, SipgateIOValidationError } from '@sipgateio/core';

/** The API's largest page (`limit` maximum of GET /history and GET /history/export). */
export const MAX_HISTORY_PAGE_SIZE = 1000;
// OAS: offset is an int32 with `maximum: 2147483647`.
const MAX_OFFSET = 2_147_483_647;

function checkInteger(value: unknown, options: { name: string; field: string; min: number; max: number }) {
  if (typeof value === 'number' && Number.isInteger(value) && value >= options.min && value <= options.max) {
    return;
  }
  throw new SipgateIOValidationError(
    `Invalid filter or pagination input: ${options.name} must be an integer from ${options.min} to ${options.max}, got ${String(value)}`,
    options.field,
  );
}

/**
 * Checks `offset` (0 to 2147483647) and `limit` (0 to 1000) before a request: the API would answer 400.
 * @throws {SipgateIOValidationError} naming `pagination.offset` or `pagination.limit`.
 */
export function validatePagination(pagination: Pagination | undefined): Pagination {
  if (pagination === undefined) return {};
  if (typeof pagination !== 'object' || pagination === null) {
    throw new SipgateIOValidationError(
      'Invalid filter or pagination input: pagination must be an object with offset and/or limit',
      'pagination',
    );
  }
  if (pagination.offset !== undefined) {
    checkInteger(pagination.offset, { name: 'offset', field: 'pagination.offset', min: 0, max: MAX_OFFSET });
  }
  if (pagination.limit !== undefined) {
    checkInteger(pagination.limit, {
      name: 'limit',
      field: 'pagination.limit',
      min: 0,
      max: MAX_HISTORY_PAGE_SIZE,
    });
  }
  return { offset: pagination.offset, limit: pagination.limit };
}

/**
 * Checks the page size of `iterateAll` (1 to 1000) and applies the default of 1000.
 * @throws {SipgateIOValidationError} naming `options.pageSize`.
 */
export function validatePageSize(pageSize: number | undefined): number {
  if (pageSize === undefined) return MAX_HISTORY_PAGE_SIZE;
  checkInteger(pageSize, { name: 'pageSize', field: 'options.pageSize', min: 1, max: MAX_HISTORY_PAGE_SIZE });
  return pageSize;
}
