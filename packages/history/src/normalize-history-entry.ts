import type { HistoryEntry } from './history.types.js';

/**
 * Hands a FAX entry's status out as `faxStatus` (the API calls it `faxStatusType`); other entries stay as
 * they are. The original did this in fetchAll only.
 */
export function normalizeHistoryEntry(entry: unknown): HistoryEntry {
  const raw = entry as Record<string, unknown>;
  if (raw?.type !== 'FAX' || !('faxStatusType' in raw)) return entry as HistoryEntry;
  const { faxStatusType, ...rest } = raw;
  return { ...rest, faxStatus: rest.faxStatus ?? faxStatusType } as HistoryEntry;
}
