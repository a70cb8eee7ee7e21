import { HistoryDirection, HistoryEntryType, type HistoryFilter, Starred } from '../index.js';

/** A filter and the query string (exact order and encoding) the API must receive for it. */
export interface FilterCase {
  name: string;
  filter: HistoryFilter | undefined;
  query: string;
}

const start = new Date('2024-01-01T00:00:00.000Z');
const end = new Date('2024-01-31T23:59:59.999Z');
const FROM = 'from=2024-01-01T00%3A00%3A00.000Z';
const TO = 'to=2024-01-31T23%3A59%3A59.999Z';

/** Every filter field alone, both date names, every starred form, and everything at once. */
export const filterCases: FilterCase[] = [
  { name: 'no filter', filter: undefined, query: '' },
  { name: 'an empty filter', filter: {}, query: '' },
  { name: 'archived true', filter: { archived: true }, query: 'archived=true' },
  { name: 'archived false', filter: { archived: false }, query: 'archived=false' },
  {
    name: 'connectionIds as repeated keys',
    filter: { connectionIds: ['p0', 'g12', 'f3'] },
    query: 'connectionIds=p0&connectionIds=g12&connectionIds=f3',
  },
  { name: 'an empty connectionIds list', filter: { connectionIds: [] }, query: '' },
  {
    name: 'directions',
    filter: { directions: [HistoryDirection.INCOMING, HistoryDirection.MISSED_OUTGOING] },
    query: 'directions=INCOMING&directions=MISSED_OUTGOING',
  },
  { name: 'startDate as from', filter: { startDate: start }, query: FROM },
  { name: 'from (README name)', filter: { from: start }, query: FROM },
  { name: 'endDate as to', filter: { endDate: end }, query: TO },
  { name: 'to (README name)', filter: { to: end }, query: TO },
  { name: 'startDate and endDate', filter: { endDate: end, startDate: start }, query: `${FROM}&${TO}` },
  { name: 'from and to', filter: { to: end, from: start }, query: `${FROM}&${TO}` },
  { name: 'starred true', filter: { starred: true }, query: 'starred=STARRED' },
  { name: 'starred false', filter: { starred: false }, query: 'starred=UNSTARRED' },
  { name: 'legacy Starred.STARRED', filter: { starred: Starred.STARRED }, query: 'starred=STARRED' },
  { name: 'legacy Starred.UNSTARRED', filter: { starred: Starred.UNSTARRED }, query: 'starred=UNSTARRED' },
  {
    name: 'types',
    filter: { types: [HistoryEntryType.CALL, HistoryEntryType.FAX] },
    query: 'types=CALL&types=FAX',
  },
  {
    name: 'every base field, given in reverse order',
    filter: {
      endDate: end,
      types: [HistoryEntryType.SMS],
      starred: true,
      startDate: start,
      directions: [HistoryDirection.OUTGOING],
      connectionIds: ['p0', 'w1'],
      archived: true,
    },
    query: `archived=true&connectionIds=p0&connectionIds=w1&directions=OUTGOING&${FROM}&starred=STARRED&${TO}&types=SMS`,
  },
];

/** Paginations and the query string they add after the filter. */
export const paginationCases = [
  { name: 'no pagination', pagination: undefined, query: '' },
  { name: 'an empty pagination', pagination: {}, query: '' },
  { name: 'offset only', pagination: { offset: 10 }, query: 'offset=10' },
  { name: 'limit only', pagination: { limit: 20 }, query: 'limit=20' },
  { name: 'offset and limit', pagination: { offset: 10, limit: 20 }, query: 'offset=10&limit=20' },
  { name: 'limit before offset', pagination: { limit: 20, offset: 10 }, query: 'offset=10&limit=20' },
  { name: 'limit 0 and offset 0', pagination: { offset: 0, limit: 0 }, query: 'offset=0&limit=0' },
  { name: 'the largest limit', pagination: { limit: 1000 }, query: 'limit=1000' },
  { name: 'the largest offset', pagination: { offset: 2147483647 }, query: 'offset=2147483647' },
];

/** Joins query parts into `path?a&b`, leaving out empty parts. */
export function withQuery(path: string, ...parts: string[]): string {
  const query = parts.filter((part) => part !== '').join('&');
  return query === '' ? path : `${path}?${query}`;
}

/** A nock path matcher that accepts exactly this path and query string, in this order. */
export function exactly(expected: string): (uri: string) => boolean {
  return (uri) => uri === expected;
}
