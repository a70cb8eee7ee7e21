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
  if (typeof value === 'string') return revive(value) as T;
  if (typeof value === 'object' && value !== null) walk(value);
  return value;
}

// A date-time is at least 20 characters with a 'T' at index 10: two reads rule out nearly every other string
// before the regular expression runs.
function mayBeDate(text: string): boolean {
  return text.length >= 20 && text.charCodeAt(10) === 84;
}

function revive(text: string): Date | string {
  return mayBeDate(text) && ISO_DATE_TIME.test(text) ? toDate(text) : text;
}

function toDate(text: string): Date | string {
  // JavaScript's parser rejects an hours-only offset (`+02`) that ISO 8601 allows; an impossible date
  // (month 13) stays the string it was rather than becoming an Invalid Date.
  const zulu = text.charCodeAt(text.length - 1) === 90;
  const date = new Date(!zulu && /[+-]\d{2}$/.test(text) ? `${text}:00` : text);
  return Number.isNaN(date.getTime()) ? text : date;
}

// Visits values in place and writes back only what changed: a body of 20,000 contacts holds no date at all, and
// testing each value where it is found (strings by length and one character, no call for the rest; no key list
// per object) keeps that walk a fraction of the parse.
function walk(value: object): void {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (typeof item === 'string') {
        if (!mayBeDate(item)) continue;
        const revived = revive(item);
        if (revived !== item) value[index] = revived;
      } else if (typeof item === 'object' && item !== null) {
        walk(item);
      }
    }
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const item = record[key];
    if (typeof item === 'string') {
      if (!mayBeDate(item) || FREE_TEXT_KEYS.has(key) || !Object.hasOwn(record, key)) continue;
      const revived = revive(item);
      if (revived !== item) record[key] = revived;
    } else if (
      typeof item === 'object' &&
      item !== null &&
      !FREE_TEXT_KEYS.has(key) &&
      Object.hasOwn(record, key)
    ) {
      walk(item);
    }
  }
}
