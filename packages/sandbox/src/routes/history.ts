import { ApiError } from '../api-error.js';
import { isoTime, type SandboxContext } from '../context.js';
import { formatCsv } from '../csv.js';
import {
  forgetHistorySelection,
  type HistoryFilter,
  type HistoryPage,
  selectHistoryPage,
} from '../history-filter.js';
import type { Route, RouteRequest } from '../router.js';
import type { SandboxHistoryEntry } from '../state.types.js';
import { BodyChecker, integerParam, many, single } from '../validate.js';

const TYPES = ['CALL', 'VOICEMAIL', 'SMS', 'FAX'];
const DIRECTIONS = ['INCOMING', 'OUTGOING', 'MISSED_INCOMING', 'MISSED_OUTGOING'];
const STARRED = ['STARRED', 'UNSTARRED'];
/** `PUT /history` takes fewer than this many entries ("Must be less than 150"). */
export const MAX_BATCH_UPDATE = 150;

type Query = Record<string, string | string[]>;

function enumList(query: Query, key: string, allowed: string[]): string[] {
  const values = many(query, key);
  const invalid = values.find((value) => !allowed.includes(value));
  if (invalid !== undefined) {
    throw new ApiError(400, `${key} must be one of ${allowed.join(', ')}, got ${invalid}`, `?${key}`);
  }
  return values;
}

function dateParam(query: Query, key: string): number | undefined {
  const raw = single(query, key);
  if (raw === undefined || raw === '') return undefined;
  const time = Date.parse(raw);
  if (Number.isNaN(time)) throw new ApiError(400, `${key} must be an ISO-8601 date-time`, `?${key}`);
  return time;
}

function booleanParam(query: Query, key: string): boolean {
  const raw = single(query, key);
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  throw new ApiError(400, `${key} must be true or false`, `?${key}`);
}

/** Reads the documented filters and paging; `withPhonenumber` is false for the CSV export. */
function select(context: SandboxContext, query: Query, withPhonenumber: boolean): HistoryPage {
  const filter: HistoryFilter = {
    types: enumList(query, 'types', TYPES),
    directions: enumList(query, 'directions', DIRECTIONS),
    starred: enumList(query, 'starred', STARRED),
    connectionIds: many(query, 'connectionIds'),
    archived: booleanParam(query, 'archived'),
    from: dateParam(query, 'from'),
    to: dateParam(query, 'to'),
    phonenumber: withPhonenumber ? (single(query, 'phonenumber') ?? '').replace(/\D/g, '') : '',
  };
  const offset = integerParam(query, 'offset', { fallback: 0 });
  const limit = integerParam(query, 'limit', { fallback: 10, max: 1000 });
  return selectHistoryPage(context.state.history, filter, offset, limit);
}

function findEntry(request: RouteRequest): SandboxHistoryEntry {
  const entry = request.context.state.history.find((candidate) => candidate.id === request.params.entryId);
  if (!entry) throw new ApiError(404, `History entry ${request.params.entryId} was not found`, '/entryId');
  return entry;
}

function applyFlags(checker: BodyChecker, entry: SandboxHistoryEntry | undefined, now: Date): void {
  const archived = checker.boolean('archived');
  const read = checker.boolean('read');
  const starred = checker.boolean('starred');
  if (!entry) return;
  if (archived !== undefined) entry.archived = archived;
  if (read !== undefined) entry.read = read;
  if (starred !== undefined) entry.starred = starred;
  entry.lastModified = isoTime(now);
}

const CSV_COLUMNS = [
  'id',
  'created',
  'type',
  'direction',
  'source',
  'sourceAlias',
  'target',
  'targetAlias',
  'status',
  'duration',
  'read',
  'starred',
  'note',
] as const;

/** History: filtered listing, by id, delete, batch and single updates, CSV export. */
export const historyRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/history',
    handle: ({ context, query }) => ({ status: 200, body: select(context, query, true) }),
  },
  {
    method: 'GET',
    pattern: '/history/export',
    handle: ({ context, query }) => {
      const { items } = select(context, query, false);
      const rows = items.map((entry) =>
        CSV_COLUMNS.map((column) => (entry as Record<string, unknown>)[column]),
      );
      return {
        status: 200,
        contentType: 'text/csv; charset=utf-8',
        body: `${formatCsv([CSV_COLUMNS, ...rows])}\r\n`,
      };
    },
  },
  {
    method: 'DELETE',
    pattern: '/history',
    handle: ({ context, query }) => {
      const ids = many(query, 'id');
      if (ids.length === 0) throw new ApiError(400, 'At least one id query parameter is required', '?id');
      context.state.history = context.state.history.filter((entry) => !ids.includes(entry.id));
      return { status: 204 };
    },
  },
  {
    method: 'PUT',
    pattern: '/history',
    jsonBody: true,
    handle: ({ body, context }) => {
      if (!Array.isArray(body)) throw new ApiError(400, 'The request body must be a JSON array', '/');
      if (body.length >= MAX_BATCH_UPDATE) {
        throw new ApiError(
          400,
          `At most ${MAX_BATCH_UPDATE - 1} entries can be updated at once, got ${body.length}`,
          '/',
        );
      }
      const checkers = body.map((item, index) => new BodyChecker(item, `/${index}`));
      const entries = checkers.map((checker) => {
        const id = checker.string('id', { required: true, nonBlank: true });
        for (const key of ['archived', 'read', 'starred']) checker.boolean(key);
        return context.state.history.find((entry) => entry.id === id);
      });
      const errors = checkers.flatMap((checker) => checker.errors);
      if (errors.length > 0) throw ApiError.validation(errors);
      const missing = entries.indexOf(undefined);
      if (missing >= 0)
        throw new ApiError(
          404,
          `History entry ${checkers[missing]?.value.id} was not found`,
          `/${missing}/id`,
        );
      const now = context.now();
      for (const [index, checker] of checkers.entries()) applyFlags(checker, entries[index], now);
      forgetHistorySelection(context.state.history);
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    pattern: '/history/:entryId',
    handle: (request) => {
      const entry = findEntry(request);
      const steps = request.context.faxSteps.get(entry.id);
      const body = { ...entry };
      if (steps) {
        // advanceOnRead: this read sees the current status, the next one the following status.
        const next = steps.shift();
        if (next) entry.faxStatusType = next;
        if (steps.length === 0) request.context.faxSteps.delete(entry.id);
      }
      return { status: 200, body };
    },
  },
  {
    method: 'PUT',
    pattern: '/history/:entryId',
    jsonBody: true,
    handle: (request) => {
      const checker = new BodyChecker(request.body);
      const note = checker.string('note');
      for (const key of ['archived', 'read', 'starred']) checker.boolean(key);
      checker.done();
      const entry = findEntry(request);
      applyFlags(checker, entry, request.context.now());
      forgetHistorySelection(request.context.state.history);
      if (note !== undefined) entry.note = note;
      return { status: 204 };
    },
  },
  {
    method: 'DELETE',
    pattern: '/history/:entryId',
    handle: (request) => {
      const entry = findEntry(request);
      request.context.state.history = request.context.state.history.filter(
        (candidate) => candidate !== entry,
      );
      return { status: 204 };
    },
  },
];
