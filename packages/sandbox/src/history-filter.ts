import type { SandboxHistoryEntry } from './state.types.js';

/** The documented `GET /history` filters, already checked; empty lists and `undefined` filter nothing. */
export interface HistoryFilter {
  types: string[];
  directions: string[];
  starred: string[];
  connectionIds: string[];
  /** `true` lists only archived entries; `false` (the default) only the others. */
  archived: boolean;
  /** Epoch milliseconds, inclusive. */
  from?: number;
  /** Epoch milliseconds, inclusive. */
  to?: number;
  /** Digits only; `''` filters nothing. */
  phonenumber: string;
}

/** One page of the entries that match a filter, and how many match in all. */
export interface HistoryPage {
  items: SandboxHistoryEntry[];
  totalCount: number;
}

type Check = (entry: SandboxHistoryEntry) => boolean;

const digits = (value: string) => value.replace(/\D/g, '');

/** Only the checks a filter asks for, cheapest first, so that an unfiltered page costs a field read per entry. */
function checksFor(filter: HistoryFilter): Check[] {
  const { types, directions, starred, connectionIds, archived, from, to, phonenumber } = filter;
  const checks: Check[] = [(entry) => entry.archived === archived];
  if (types.length > 0) checks.push((entry) => types.includes(entry.type));
  if (directions.length > 0) checks.push((entry) => directions.includes(entry.direction));
  if (starred.length > 0) {
    checks.push((entry) => starred.includes(entry.starred ? 'STARRED' : 'UNSTARRED'));
  }
  if (connectionIds.length > 0) {
    checks.push((entry) => entry.connectionIds.some((id) => connectionIds.includes(id)));
  }
  if (from !== undefined) checks.push((entry) => Date.parse(entry.created) >= from);
  if (to !== undefined) checks.push((entry) => Date.parse(entry.created) <= to);
  if (phonenumber !== '') {
    checks.push(
      (entry) => digits(entry.source).includes(phonenumber) || digits(entry.target).includes(phonenumber),
    );
  }
  return checks;
}

/** The full selection of the last listing of a history array, kept so that the next page can be cut from it. */
interface Selection {
  key: string;
  length: number;
  nextOffset: number;
  matching: SandboxHistoryEntry[];
}

const selections = new WeakMap<readonly SandboxHistoryEntry[], Selection>();

function matchAll(history: readonly SandboxHistoryEntry[], filter: HistoryFilter): SandboxHistoryEntry[] {
  const checks = checksFor(filter);
  return history.filter((entry) => checks.every((check) => check(entry)));
}

/**
 * Forgets the selection kept for a history array; called after the sandbox changes entries in place (a
 * change of length or a new array is seen without it).
 */
export function forgetHistorySelection(history: readonly SandboxHistoryEntry[]): void {
  selections.delete(history);
}

/**
 * The page `[offset, offset + limit)` of the matching entries, in history order, and their count. A page that
 * continues the previous listing of the same filter (its offset is where that one ended) is cut from the
 * selection made then, as long as the history has the same length and the page's entries still match: walking
 * a large history page by page then scans it once, not once per page. Any other listing scans anew.
 */
export function selectHistoryPage(
  history: readonly SandboxHistoryEntry[],
  filter: HistoryFilter,
  offset: number,
  limit: number,
): HistoryPage {
  const key = JSON.stringify(filter);
  const kept = selections.get(history);
  const checks = checksFor(filter);
  if (kept && kept.key === key && kept.length === history.length && kept.nextOffset === offset) {
    const items = kept.matching.slice(offset, offset + limit);
    if (items.every((entry) => checks.every((check) => check(entry)))) {
      kept.nextOffset = offset + items.length;
      return { items, totalCount: kept.matching.length };
    }
  }
  const matching = matchAll(history, filter);
  const items = matching.slice(offset, offset + limit);
  selections.set(history, { key, length: history.length, nextOffset: offset + items.length, matching });
  return { items, totalCount: matching.length };
}
