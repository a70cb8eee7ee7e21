import { SipgateIOValidationError } from './errors.js';
import type { Pagination } from './pagination.js';

/** The largest `offset`/`limit` the list endpoints accept: the OAS declares them int32. */
const MAX_INT32 = 2_147_483_647;

/** How a feature words and bounds its paging input. */
export interface PaginationRules {
  /** Largest accepted `limit` (the endpoint's page maximum). Default 2147483647 (int32). */
  maxLimit?: number;
  /** Start of every message, e.g. `Invalid filter or pagination input`. Default `Invalid pagination input`. */
  messagePrefix?: string;
}

/** How a feature bounds and defaults the page size of its `iterateAll`. */
export interface PageSizeRules {
  /** Largest accepted page size. Default 2147483647 (int32). */
  max?: number;
  /** Used when the page size is undefined; without it, undefined is rejected. */
  defaultSize?: number;
  /** Start of every message. Default `Invalid pagination input`. */
  messagePrefix?: string;
}

const DEFAULT_PREFIX = 'Invalid pagination input';

/**
 * Checks offset/limit paging input before it goes into a query string: an object (or undefined) whose
 * `offset` (0 to 2147483647) and `limit` (0 to `maxLimit`) are optional integers; the API answers anything
 * else with a bare 400.
 *
 * @example
 * ```ts
 * const page = validatePagination(pagination, { maxLimit: 1000, messagePrefix: 'Invalid filter or pagination input' });
 * ```
 * @throws {SipgateIOValidationError} `<messagePrefix>: …`, naming `pagination`, `pagination.offset` or
 * `pagination.limit`.
 */
export function validatePagination(value: unknown, rules: PaginationRules = {}): Pagination {
  const prefix = rules.messagePrefix ?? DEFAULT_PREFIX;
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SipgateIOValidationError(
      `${prefix}: pagination must be an object with offset and/or limit, got ${describe(value)}`,
      'pagination',
    );
  }
  const { offset, limit } = value as Record<string, unknown>;
  return {
    offset:
      offset === undefined
        ? undefined
        : checkInteger(offset, {
            prefix,
            name: 'offset',
            field: 'pagination.offset',
            min: 0,
            max: MAX_INT32,
          }),
    limit:
      limit === undefined
        ? undefined
        : checkInteger(limit, {
            prefix,
            name: 'limit',
            field: 'pagination.limit',
            min: 0,
            max: rules.maxLimit ?? MAX_INT32,
          }),
  };
}

/**
 * Checks the page size of an `iterateAll`: an integer from 1 to `max`, or undefined when `defaultSize` is given.
 *
 * @example
 * ```ts
 * const pageSize = validatePageSize(options.pageSize, { max: 1000, defaultSize: 1000 });
 * ```
 * @throws {SipgateIOValidationError} `<messagePrefix>: pageSize …`, naming `options.pageSize`.
 */
export function validatePageSize(value: unknown, rules: PageSizeRules = {}): number {
  if (value === undefined && rules.defaultSize !== undefined) return rules.defaultSize;
  return checkInteger(value, {
    prefix: rules.messagePrefix ?? DEFAULT_PREFIX,
    name: 'pageSize',
    field: 'options.pageSize',
    min: 1,
    max: rules.max ?? MAX_INT32,
  });
}

function checkInteger(
  value: unknown,
  check: { prefix: string; name: string; field: string; min: number; max: number },
): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= check.min && value <= check.max)
    return value;
  throw new SipgateIOValidationError(
    `${check.prefix}: ${check.name} must be an integer from ${check.min} to ${check.max}, got ${describe(value)}`,
    check.field,
  );
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}
