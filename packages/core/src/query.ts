import { SipgateIOValidationError } from './errors.js';

/** A query-string value: arrays become repeated keys, Dates ISO strings, undefined is left out. */
export type QueryValue = string | number | boolean | Date | null | undefined;
export type QueryParams = Record<string, QueryValue | readonly QueryValue[]>;

// RFC 3986: encodeURIComponent leaves !'()* alone; the original's qs encoder escaped them.
function encode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function stringify(value: QueryValue): string {
  if (value instanceof Date) return value.toISOString();
  return value === null ? '' : String(value);
}

/**
 * Serialises query parameters the way the sipgate API reads them (`style: form, explode: true`):
 * `{ id: ['a', 'b'] }` → `id=a&id=b`, in the object's key order.
 * @throws {SipgateIOValidationError} when a key or value is not well-formed text (a lone surrogate).
 */
export function serializeQuery(params: QueryParams | undefined): string {
  if (params === undefined) return '';
  const pairs: string[] = [];
  for (const [key, raw] of Object.entries(params)) {
    const values = Array.isArray(raw) ? raw : [raw];
    for (const value of values as QueryValue[]) {
      if (value === undefined) continue;
      try {
        pairs.push(`${encode(key)}=${encode(stringify(value))}`);
      } catch {
        // encodeURIComponent throws URIError on a lone UTF-16 surrogate (a string cut in half).
        throw new SipgateIOValidationError(
          `Invalid query parameter ${key}: not well-formed text`,
          `params.${key}`,
        );
      }
    }
  }
  return pairs.join('&');
}
