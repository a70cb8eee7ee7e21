import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv } from './csv.js';

describe('CSV', () => {
  it('round-trips any non-empty fields through formatCsv and parseCsv', () => {
    const field = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
      .filter((value) => value.trim() !== '');
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          expect(parseCsv(formatCsv(rows))).toEqual(rows);
        },
      ),
    );
  });

  it.each([
    [
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['"a, b","say ""hi"""\n', [['a, b', 'say "hi"']]],
    ['"multi\nline",x', [['multi\nline', 'x']]],
    ['"multi\r\nline","x"\r\n', [['multi\r\nline', 'x']]],
    [
      'a,b\r\nc,d\ne,f\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
        ['e', 'f'],
      ],
    ],
    [
      'a,b\rc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a,b\n\n,\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
  ])('parses %j', (text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it('rejects an unterminated quote', () => {
    expect(() => parseCsv('"open,field')).toThrow('Unterminated');
  });
});
