import { type QueryParams, SipgateIOValidationError, validateExtension } from '@sipgateio/core';
import type { HistoryFilter } from './history.types.js';

function pickDate(
  filter: HistoryFilter,
  names: { preferred: 'startDate' | 'endDate'; alias: 'from' | 'to' },
): Date | undefined {
  const preferred = filter[names.preferred];
  const alias = filter[names.alias];
  if (preferred !== undefined && alias !== undefined) {
    throw new SipgateIOValidationError(
      `Use either ${names.preferred} or ${names.alias} in the history filter, not both`,
      `filter.${names.alias}`,
    );
  }
  const [value, name] = preferred !== undefined ? [preferred, names.preferred] : [alias, names.alias];
  if (value === undefined) return undefined;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new SipgateIOValidationError('Invalid date format', `filter.${name}`);
  }
  return value;
}

function mapStarred(value: HistoryFilter['starred']): 'STARRED' | 'UNSTARRED' | undefined {
  if (value === undefined) return undefined;
  if (value === true || value === 'STARRED') return 'STARRED';
  if (value === false || value === 'UNSTARRED') return 'UNSTARRED';
  throw new SipgateIOValidationError(
    `Invalid starred filter: ${String(value)} (use true or false)`,
    'filter.starred',
  );
}

function validateConnectionIds(value: unknown): readonly string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    throw new SipgateIOValidationError(
      'Invalid filter or pagination input: connectionIds must be an array of extensions',
      'filter.connectionIds',
    );
  }
  for (const id of value) validateExtension(id, 'filter.connectionIds');
  return value;
}

/**
 * Validates a history filter and turns it into query parameters in the original SDK's key order:
 * archived, connectionIds, directions, from, starred, to, types, phonenumber.
 * @throws {SipgateIOValidationError} `Invalid extension: <id>` for a malformed connection id,
 *   `Invalid date format` for an invalid Date, and for a bad `starred` value or both names of one bound.
 */
export function historyFilterToQuery(
  filter: HistoryFilter | undefined,
  options: { phonenumber: boolean },
): QueryParams {
  if (filter === undefined) return {};
  if (typeof filter !== 'object' || filter === null) {
    throw new SipgateIOValidationError(
      'Invalid filter or pagination input: the filter must be an object',
      'filter',
    );
  }
  const connectionIds = validateConnectionIds(filter.connectionIds);
  const from = pickDate(filter, { preferred: 'startDate', alias: 'from' });
  const to = pickDate(filter, { preferred: 'endDate', alias: 'to' });
  return {
    archived: filter.archived,
    connectionIds,
    directions: filter.directions,
    from,
    starred: mapStarred(filter.starred),
    to,
    types: filter.types,
    // GET /history/export has no phonenumber filter.
    ...(options.phonenumber ? { phonenumber: filter.phonenumber } : {}),
  };
}
