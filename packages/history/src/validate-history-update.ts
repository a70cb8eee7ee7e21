import { SipgateIOValidationError } from '@sipgateio/core';
import type { HistoryEntryUpdateOptions } from './history.types.js';

const BOOLEAN_KEYS = ['archived', 'starred', 'read'] as const;

/**
 * Checks what a `batchUpdateEvents` callback returned and keeps only the fields the API knows
 * (`archived`, `starred`, `read`, `note`), leaving out undefined ones.
 * @throws {SipgateIOValidationError} `Invalid history update for <id>: …`, naming `field`.
 */
export function validateHistoryUpdate(value: unknown, id: string, field: string): HistoryEntryUpdateOptions {
  if (typeof value !== 'object' || value === null) {
    throw new SipgateIOValidationError(
      `Invalid history update for ${id}: the callback must return an object`,
      field,
    );
  }
  const input = value as Record<string, unknown>;
  const update: HistoryEntryUpdateOptions = {};
  for (const key of BOOLEAN_KEYS) {
    const option = input[key];
    if (option === undefined) continue;
    if (typeof option !== 'boolean') {
      throw new SipgateIOValidationError(
        `Invalid history update for ${id}: ${key} must be a boolean`,
        `${field}.${key}`,
      );
    }
    update[key] = option;
  }
  if (input.note !== undefined) {
    if (typeof input.note !== 'string') {
      throw new SipgateIOValidationError(
        `Invalid history update for ${id}: note must be a string`,
        `${field}.note`,
      );
    }
    update.note = input.note;
  }
  return update;
}
