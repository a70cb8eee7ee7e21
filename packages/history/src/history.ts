import {
  adaptClient,
  type ErrorMessages,
  listIds,
  type Pagination,
  paginate,
  type QueryParams,
  type SipgateIOClient,
  SipgateIOValidationError,
  validatePageSize,
  validatePagination,
} from '@sipgateio/core';
import { chunkIdsByUrlLength } from './chunk-ids.js';
import { downloadRecording } from './download-recording.js';
import { HistoryBatchDeleteError, HistoryBatchUpdateError } from './errors.js';
import type {
  BaseHistoryFilter,
  HistoryEntry,
  HistoryEntryUpdateOptions,
  HistoryFilter,
  HistoryModule,
  IterateHistoryOptions,
} from './history.types.js';
import { normalizeHistoryEntry } from './normalize-history-entry.js';
import { type BatchTask, runTasks } from './run-tasks.js';
import { validateHistoryEntryId } from './validate-history-entry-id.js';
import { historyFilterToQuery } from './validate-history-filter.js';
import { validateHistoryUpdate } from './validate-history-update.js';

/** The original SDK's messages for the statuses the history endpoints answer with. */
const ERROR_MESSAGES: ErrorMessages = {
  400: 'Invalid filter or pagination input',
  404: 'The requested history event could not be found',
};

/** The API's largest page (`limit` maximum of GET /history and GET /history/export). */
const MAX_HISTORY_PAGE_SIZE = 1000;
const PAGINATION_RULES = {
  maxLimit: MAX_HISTORY_PAGE_SIZE,
  messagePrefix: 'Invalid filter or pagination input',
};
const PAGE_SIZE_RULES = {
  max: MAX_HISTORY_PAGE_SIZE,
  defaultSize: MAX_HISTORY_PAGE_SIZE,
  messagePrefix: 'Invalid filter or pagination input',
};

/** PUT /history takes "less than 150" entries (OAS). */
export const MAX_BULK_UPDATE_SIZE = 149;

interface HistoryPageResponse {
  items?: unknown[];
  totalCount?: number;
}

function withPagination(query: QueryParams, pagination: Pagination): QueryParams {
  return { ...query, offset: pagination.offset, limit: pagination.limit };
}

function entryPath(id: string): string {
  return `/history/${encodeURIComponent(id)}`;
}

// The original wrote updates without the leading slash; a client that is not ours sees the same string.
function entryUpdatePath(id: string): string {
  return `history/${encodeURIComponent(id)}`;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

function validateIdList(value: unknown, field: string): string[] {
  if (!Array.isArray(value)) {
    throw new SipgateIOValidationError('Invalid history entry ids: expected an array of ids', field);
  }
  return value.map((id, index) => validateHistoryEntryId(id, `${field}[${index}]`));
}

/**
 * Creates the history functions: list, filter, iterate, export, update and delete call, fax, SMS and
 * voicemail entries.
 *
 * @example
 * ```ts
 * import { sipgateIO } from '@sipgateio/core';
 * import { createHistoryModule, HistoryEntryType } from '@sipgateio/history';
 *
 * const history = createHistoryModule(sipgateIO({ tokenId: 'token-FQ1V12', token: '…' }));
 * const faxes = await history.fetchAll({ types: [HistoryEntryType.FAX] }, { limit: 50 });
 * for await (const entry of history.iterateAll({ starred: true })) console.log(entry.id);
 * ```
 * @throws {SipgateIOValidationError} from every function, before any request, for malformed input.
 * @throws {SipgateIOHttpError} for API failures (400 `Invalid filter or pagination input`, 404 `The requested
 *   history event could not be found`; 401/403/429 as their subclasses).
 * @throws {HistoryBatchUpdateError} / {HistoryBatchDeleteError} when requests of a batch operation fail.
 */
export function createHistoryModule(sipgateClient: SipgateIOClient): HistoryModule {
  const client = adaptClient(sipgateClient, ERROR_MESSAGES);
  async function fetchPage(query: QueryParams, signal?: AbortSignal): Promise<HistoryPageResponse> {
    const page = await client.get<HistoryPageResponse | undefined>('/history', {
      params: query,
      errorMessages: ERROR_MESSAGES,
      ...(signal ? { signal } : {}),
    });
    return page ?? {};
  }

  // The paging generator itself is handed out, created on the first next(): wrapping it in another async
  // generator would add a promise hop per entry. Input is checked then too, so nothing is sent (and nothing
  // thrown) until iteration starts; a failed check ends the iteration like a generator's error.
  function iterate(
    filter: HistoryFilter | undefined,
    options: IterateHistoryOptions,
  ): AsyncIterableIterator<HistoryEntry> {
    let pages: AsyncGenerator<HistoryEntry, void, undefined> | undefined;
    let failed = false;
    const start = (): AsyncGenerator<HistoryEntry, void, undefined> => {
      const query = historyFilterToQuery(filter, { phonenumber: true });
      const pageSize = validatePageSize(options.pageSize, PAGE_SIZE_RULES);
      const { signal } = options;
      return paginate(
        async (pagination) => {
          const page = await fetchPage(withPagination(query, pagination), signal);
          return { items: (page.items ?? []).map(normalizeHistoryEntry), totalCount: page.totalCount };
        },
        { pageSize, ...(signal ? { signal } : {}) },
      );
    };
    const finished = (): Promise<IteratorResult<HistoryEntry>> =>
      Promise.resolve({ done: true, value: undefined });
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      next() {
        if (pages) return pages.next();
        if (failed) return finished();
        try {
          pages = start();
        } catch (error) {
          failed = true;
          return Promise.reject(error);
        }
        return pages.next();
      },
      return() {
        if (pages) return pages.return();
        failed = true;
        return finished();
      },
    };
  }

  return {
    async fetchAll(filter?: HistoryFilter, pagination?: Pagination): Promise<HistoryEntry[]> {
      const query = historyFilterToQuery(filter, { phonenumber: true });
      const page = validatePagination(pagination, PAGINATION_RULES);
      const response = await fetchPage(withPagination(query, page));
      return (response.items ?? []).map(normalizeHistoryEntry);
    },

    async fetchById(entryId: string): Promise<HistoryEntry> {
      const id = validateHistoryEntryId(entryId, 'entryId');
      const entry = await client.get(entryPath(id), { errorMessages: ERROR_MESSAGES });
      return normalizeHistoryEntry(entry);
    },

    async deleteById(entryId: string): Promise<void> {
      const id = validateHistoryEntryId(entryId, 'entryId');
      await client.delete(entryPath(id), { errorMessages: ERROR_MESSAGES });
    },

    async deleteByListOfIds(entryIds: readonly string[]): Promise<void> {
      const ids = validateIdList(entryIds, 'entryIds');
      const tasks: BatchTask[] = chunkIdsByUrlLength(ids, '/history').map((chunkIds) => ({
        ids: chunkIds,
        run: () => client.delete('/history', { params: { id: chunkIds }, errorMessages: ERROR_MESSAGES }),
      }));
      const outcome = await runTasks(tasks);
      if (outcome.firstError === undefined) return;
      throw new HistoryBatchDeleteError(
        `Deleting history entries failed for ${outcome.failedIds.length} of ${ids.length} ids (${listIds(outcome.failedIds)}): ${outcome.firstError.message}. The other entries were deleted; see failedIds and causes.`,
        outcome,
        { cause: outcome.firstError },
      );
    },

    async batchUpdateEvents<T extends Pick<HistoryEntry, 'id'>>(
      events: readonly T[],
      callback: (entry: T) => HistoryEntryUpdateOptions,
    ): Promise<void> {
      if (!Array.isArray(events)) {
        throw new SipgateIOValidationError('Invalid history entries: expected an array', 'events');
      }
      if (typeof callback !== 'function') {
        throw new SipgateIOValidationError('The update callback must be a function', 'callback');
      }
      // Every callback runs and every update is checked before the first request goes out.
      const updates = events.map((event, index) => {
        const id = validateHistoryEntryId(event?.id, `events[${index}].id`);
        return { id, update: validateHistoryUpdate(callback(event), id, `events[${index}]`) };
      });
      const changing = updates.filter(({ update }) => Object.keys(update).length > 0);
      // The bulk endpoint has no note field, so entries with a note need a request of their own.
      const withNote = changing.filter(({ update }) => update.note !== undefined);
      const bulk = changing.filter(({ update }) => update.note === undefined);

      const tasks: BatchTask[] = [
        ...chunk(bulk, MAX_BULK_UPDATE_SIZE).map((batch) => ({
          ids: batch.map(({ id }) => id),
          run: () =>
            client.put(
              'history',
              batch.map(({ id, update }) => ({ id, ...update })),
              { errorMessages: ERROR_MESSAGES },
            ),
        })),
        ...withNote.map(({ id, update }) => ({
          ids: [id],
          run: () => client.put(entryUpdatePath(id), update, { errorMessages: ERROR_MESSAGES }),
        })),
      ];
      const outcome = await runTasks(tasks);
      if (outcome.firstError === undefined) return;
      throw new HistoryBatchUpdateError(
        `Updating history entries failed for ${outcome.failedIds.length} of ${changing.length} ids (${listIds(outcome.failedIds)}): ${outcome.firstError.message}. The other entries were updated; see failedIds and causes.`,
        outcome,
        { cause: outcome.firstError },
      );
    },

    async exportAsCsvString(filter?: BaseHistoryFilter, pagination?: Pagination): Promise<string> {
      const query = historyFilterToQuery(filter, { phonenumber: false });
      const page = validatePagination(pagination, PAGINATION_RULES);
      const csv = await client.get<unknown>('/history/export', {
        params: withPagination(query, page),
        errorMessages: ERROR_MESSAGES,
      });
      if (csv === undefined) return '';
      return typeof csv === 'string' ? csv : JSON.stringify(csv);
    },

    iterateAll(filter?: HistoryFilter, options: IterateHistoryOptions = {}): AsyncIterable<HistoryEntry> {
      return iterate(filter, options);
    },

    downloadRecording: (entry, options) => downloadRecording(client, entry, options),
  };
}
