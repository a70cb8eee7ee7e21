import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SipgateIOValidationError } from './errors.js';
import { serializeQuery } from './query.js';

describe('serializeQuery', () => {
  it.each<[string, Parameters<typeof serializeQuery>[0], string]>([
    ['nothing', undefined, ''],
    ['an empty object', {}, ''],
    ['arrays as repeated keys', { id: ['a', 'b'] }, 'id=a&id=b'],
    ['an empty array as nothing', { id: [] }, ''],
    ['undefined dropped, also inside arrays', { a: undefined, b: ['x', undefined] }, 'b=x'],
    ['null as an empty value', { a: null, b: [null] }, 'a=&b='],
    ['booleans as words', { yes: true, no: false }, 'yes=true&no=false'],
    ['numbers, including 0', { offset: 0, limit: 1000 }, 'offset=0&limit=1000'],
    [
      'Dates as ISO strings',
      { from: new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6)) },
      'from=2024-01-02T03%3A04%3A05.006Z',
    ],
    ['insertion order', { z: 1, a: 2, m: 3 }, 'z=1&a=2&m=3'],
    ['+ and : and space (RFC 3986)', { phonenumber: '+49 211:1' }, 'phonenumber=%2B49%20211%3A1'],
    ["!'()* escaped", { q: "!'()*" }, 'q=%21%27%28%29%2A'],
    ['unreserved characters kept', { q: 'aZ09-._~' }, 'q=aZ09-._~'],
    ['& = # ? / escaped', { q: 'a&b=c#d?e/f' }, 'q=a%26b%3Dc%23d%3Fe%2Ff'],
    ['UTF-8 escaped', { name: 'Jürgen €😀' }, 'name=J%C3%BCrgen%20%E2%82%AC%F0%9F%98%80'],
    ['keys escaped too', { 'a b[]': 'x' }, 'a%20b%5B%5D=x'],
    [
      'mixed array values',
      { v: ['a', 1, true, null, new Date(0)] },
      'v=a&v=1&v=true&v=&v=1970-01-01T00%3A00%3A00.000Z',
    ],
  ])('serialises %s', (_case, params, expected) => {
    expect(serializeQuery(params)).toBe(expected);
  });

  it('rejects a lone surrogate with a validation error instead of a URIError', () => {
    expect(() => serializeQuery({ name: 'cut \uD83D' })).toThrow(SipgateIOValidationError);
    expect(() => serializeQuery({ name: 'cut \uD83D' })).toThrow(
      expect.objectContaining({
        field: 'params.name',
        message: 'Invalid query parameter name: not well-formed text',
      }),
    );
  });

  it('round-trips through URLSearchParams', () => {
    const params = { types: ['CALL', 'SMS'], phonenumber: '+49 (211) 1', note: "it's 100% & more" };
    const parsed = new URLSearchParams(serializeQuery(params));
    expect(parsed.getAll('types')).toEqual(['CALL', 'SMS']);
    expect(parsed.get('phonenumber')).toBe('+49 (211) 1');
    expect(parsed.get('note')).toBe("it's 100% & more");
  });
});

describe('serializeQuery (properties)', () => {
  it('round-trips arbitrary keys and values through URLSearchParams, using only RFC 3986 characters', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ unit: 'grapheme', minLength: 1 }),
          fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 3 }),
        ),
        (params) => {
          const query = serializeQuery(params);
          expect(query).toMatch(/^[A-Za-z0-9\-._~%=&]*$/);
          const parsed = new URLSearchParams(query);
          for (const [key, values] of Object.entries(params)) expect(parsed.getAll(key)).toEqual(values);
        },
      ),
    );
  });
});
