import { SipgateIOValidationError, validateExtension } from '@sipgateio/core';
import type { GroupsFilter } from './groups.types.js';

/**
 * Checks the optional filter of `getGroups` and `getAllFaxlines` and returns the query to send: `userId`
 * only when one is given.
 *
 * @throws {SipgateIOValidationError} naming `filter`, or `filter.userId` when it is not a web user id such as
 * `w0`.
 */
export function validateGroupsFilter(filter: unknown): GroupsFilter {
  if (filter === undefined) return {};
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    throw new SipgateIOValidationError(
      `Invalid filter: expected { userId? }, got ${String(filter)}`,
      'filter',
    );
  }
  const { userId } = filter as GroupsFilter;
  if (userId === undefined) return {};
  return { userId: validateExtension(userId, 'filter.userId', 'w') };
}
