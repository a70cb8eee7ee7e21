// A whole-string ISO-8601 date-time with a zone designator, as the API sends timestamps (2020-09-14T10:03:20Z).
// Zone-less strings stay strings: the original parsed them as local time, which shifts them per machine.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/;

// Fields that carry text users wrote; an SMS reading "2024-01-01T00:00:00Z" must stay a string.
const FREE_TEXT_KEYS = new Set([
  'note',
  'smsContent',
  'message',
  'name',
  'given',
  'family',
  'alias',
  'sourceAlias',
  'targetAlias',
  'transcription',
  'tagline',
  'firstname',
  'lastname',
  'labels',
  'organization',
]);

/**
 * Replaces every ISO-8601 date-time string in a parsed JSON body with a `Date`, recursively through objects
 * and arrays, except inside free-text fields. Returns the same structure (mutated in place for speed).
 */
export function reviveDates<T>(value: T): T {
  return walk(value) as T;
}

function toDate(text: string): Date | string {
  // JavaScript's parser rejects an hours-only offset (`+02`) that ISO 8601 allows; an impossible date
  // (month 13) stays the string it was rather than becoming an Invalid Date.
  const date = new Date(/[+-]\d{2}$/.test(text) ? `${text}:00` : text);
  return Number.isNaN(date.getTime()) ? text : date;
}

// Only strings long enough to be a date-time and objects (arrays included) can change.
function mayChange(value: unknown): boolean {
  return typeof value === 'string' ? value.length >= 20 : typeof value === 'object' && value !== null;
}

// Visits values in place and writes back only what changed: a body of 20,000 contacts holds no date at all, and
// skipping numbers, short strings and unchanged slots (no key list per object) keeps that walk a fraction of
// the parse.
function walk(value: unknown): unknown {
  if (typeof value === 'string') {
    // Cheap gate before the regular expression: a date-time is at least 20 characters with a 'T' at 10.
    return value.length >= 20 && value.charCodeAt(10) === 84 && ISO_DATE_TIME.test(value)
      ? toDate(value)
      : value;
  }
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (!mayChange(item)) continue;
      const revived = walk(item);
      if (revived !== item) value[index] = revived;
    }
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const item = record[key];
    if (!mayChange(item) || FREE_TEXT_KEYS.has(key) || !Object.hasOwn(record, key)) continue;
    const revived = walk(item);
    if (revived !== item) record[key] = revived;
  }
  return value;
}
