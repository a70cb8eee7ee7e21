import { type Pagination, SipgateIOValidationError } from '@sipgateio/core';

/**
 * Checks offset/limit paging input before it goes into a query string: both optional, both non-negative
 * integers (the API answers anything else with a bare 400).
 * @throws {SipgateIOValidationError} `Invalid pagination input: …`, naming `pagination.offset` or `pagination.limit`.
 */
export function validatePagination(pagination: unknown): Pagination {
  if (pagination === undefined) return {};
  if (typeof pagination !== 'object' || pagination === null || Array.isArray(pagination)) {
    throw new SipgateIOValidationError(
      `Invalid pagination input: expected an object with offset and/or limit, got ${describe(pagination)}`,
      'pagination',
    );
  }
  const { offset, limit } = pagination as Record<string, unknown>;
  return {
    offset: checkCount(offset, 'offset'),
    limit: checkCount(limit, 'limit'),
  };
}

function checkCount(value: unknown, name: 'offset' | 'limit'): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new SipgateIOValidationError(
      `Invalid pagination input: ${name} must be a non-negative integer, got ${describe(value)}`,
      `pagination.${name}`,
    );
  }
  return value;
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}
