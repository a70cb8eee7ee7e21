import { SipgateIOAbortError, SipgateIOValidationError } from './errors.js';

/** Offset/limit paging as the sipgate list endpoints take it. */
export interface Pagination {
  offset?: number;
  limit?: number;
}

/** One page of a list endpoint. `totalCount` is absent where the endpoint does not report it. */
export interface Page<T> {
  items: T[];
  totalCount?: number;
}

export interface PaginateOptions {
  /** Items asked for per request (the endpoint's maximum is usually best). */
  pageSize: number;
  /** Where to start. Default 0. */
  offset?: number;
  /** Stops between pages when it fires. */
  signal?: AbortSignal;
}

/**
 * Iterates over every item of an offset/limit list endpoint, one page in memory at a time. It stops after a
 * short page, or once `totalCount` items have been read.
 *
 * @example
 * ```ts
 * for await (const entry of paginate((page) => fetchHistoryPage(page), { pageSize: 1000 })) {
 *   console.log(entry.id);
 * }
 * ```
 * @throws {SipgateIOValidationError} when `pageSize` is not a positive integer.
 * @throws {SipgateIOAbortError} when `signal` fires between pages; errors of `fetchPage` pass through.
 */
export async function* paginate<T>(
  fetchPage: (pagination: Required<Pagination>) => Promise<Page<T>>,
  options: PaginateOptions,
): AsyncGenerator<T, void, undefined> {
  const { pageSize, signal } = options;
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new SipgateIOValidationError(`pageSize must be a positive integer: ${pageSize}`, 'pageSize');
  let offset = options.offset ?? 0;
  for (;;) {
    if (signal?.aborted) {
      throw new SipgateIOAbortError(
        'Paging was aborted',
        { method: 'GET', path: '(pagination)' },
        { cause: signal.reason },
      );
    }
    const page = await fetchPage({ offset, limit: pageSize });
    yield* page.items;
    offset += page.items.length;
    if (page.items.length < pageSize) return;
    if (page.totalCount !== undefined && offset >= page.totalCount) return;
  }
}
