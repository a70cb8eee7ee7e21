import { type Pagination, SipgateIOValidationError } from '@sipgateio/core';

// OAS: offset and limit of GET /numbers are int32; the API documents no smaller maximum.
const MAX_INT32 = 2_147_483_647;

/**
 * Checks offset/limit paging input before it goes into a query string: both optional, both integers from 0 to
 * 2147483647 (the API answers anything else with a bare 400).
 * @throws {SipgateIOValidationError} `Invalid pagination input: …`, naming `pagination.offset` or `pagination.limit`.
 */
export function validatePagination(pagination: unknown): Pagination {
  if (pagination === undefined) return {};
  if (typeof pagination !== 'object' || pagination === null || Array.isArray(pagination)) {
    throw new SipgateIOValidationError(
      `Invalid pagination input: pagination must be an object with offset and/or limit, got ${describe(pagination)}`,
      'pagination',
    );
  }
  const { offset, limit } = pagination as Record<string, unknown>;
  return {
    offset: offset === undefined ? undefined : checkInteger(offset, 'offset', 'pagination.offset', 0),
    limit: limit === undefined ? undefined : checkInteger(limit, 'limit', 'pagination.limit', 0),
  };
}

/**
 * Checks the page size of `iterateAll`: an integer from 1 to 2147483647.
 * @throws {SipgateIOValidationError} `Invalid pagination input: pageSize …`, naming `options.pageSize`.
 */
export function validatePageSize(pageSize: unknown): number {
  return checkInteger(pageSize, 'pageSize', 'options.pageSize', 1);
}

function checkInteger(value: unknown, name: string, field: string, min: number): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= MAX_INT32)
    return value;
  throw new SipgateIOValidationError(
    `Invalid pagination input: ${name} must be an integer from ${min} to ${MAX_INT32}, got ${describe(value)}`,
    field,
  );
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}
