import {
  adaptClient,
  type Pagination,
  paginate,
  type SipgateIOClient,
  validatePageSize,
  validatePagination,
} from '@sipgateio/core';
import type {
  IterateNumbersOptions,
  NumberResponse,
  NumberResponseItem,
  NumbersModule,
} from './numbers.types.js';

const NUMBERS_PATH = '/numbers';
const DEFAULT_PAGE_SIZE = 100;
const ERROR_MESSAGES = { 400: 'Invalid pagination input' } as const;

/**
 * Creates the numbers module: the phone numbers of the account behind the client's credentials
 * (scope `numbers:read`).
 *
 * @example
 * ```ts
 * const numbers = createNumbersModule(sipgateIO({ tokenId, token }));
 * for await (const entry of numbers.iterateAll()) {
 *   console.log(entry.number, '→', entry.endpointId);
 * }
 * ```
 */
export function createNumbersModule(sipgateClient: SipgateIOClient): NumbersModule {
  const client = adaptClient(sipgateClient, ERROR_MESSAGES);
  function fetchPage(pagination: Pagination, signal?: AbortSignal): Promise<NumberResponse> {
    return client.get<NumberResponse>(NUMBERS_PATH, {
      params: { offset: pagination.offset, limit: pagination.limit },
      errorMessages: ERROR_MESSAGES,
      signal,
    });
  }

  return {
    async getAllNumbers(pagination) {
      return fetchPage(validatePagination(pagination));
    },

    async *iterateAll(
      options: IterateNumbersOptions = {},
    ): AsyncGenerator<NumberResponseItem, void, undefined> {
      const pageSize = validatePageSize(options.pageSize ?? DEFAULT_PAGE_SIZE);
      const { signal } = options;
      // GET /numbers reports no totalCount, so paginate stops at the first page shorter than pageSize.
      yield* paginate((page) => fetchPage(page, signal), { pageSize, signal });
    },
  };
}
