import { SipgateIOValidationError } from '@sipgateio/core';
import fc from 'fast-check';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { internalContact, privateContact, sharedContact } from './__fixtures__/contacts.js';
import type { ContactResponse } from './contacts.types.js';
import { formatCsvRows, loadCsvLibrary, parseCsvRows } from './csv.js';
import { contactToCsvRow, formatContactsCsv } from './format-csv.js';
import { projectCsvString, projectCsvWithParser } from './project-csv.js';

const HEADER = 'firstname,lastname,number';

beforeAll(() => loadCsvLibrary());

async function rejection(csv: string): Promise<unknown> {
  try {
    await projectCsvString(csv);
  } catch (error) {
    return error;
  }
  throw new Error('projectCsvString did not throw');
}

describe('projectCsvString (CSV import)', () => {
  it.each([
    [
      'any column order',
      'lastname,number,firstname\nTuring,+4921163553355,Alan',
      'Alan,Turing,+4921163553355',
    ],
    [
      'header names in any case',
      'FirstName,LASTNAME,Number\nAda,Lovelace,+4921163553355',
      'Ada,Lovelace,+4921163553355',
    ],
    [
      'extra columns, even empty ones',
      'id,firstname,,lastname,number,x\n1,Ada,,Lovelace,+49211,y',
      'Ada,Lovelace,+49211',
    ],
    [
      'a leading blank line and blank lines between rows',
      '\nfirstname,lastname,number\n\nA,B,+49\n\n\nC,D,+48\n',
      'A,B,+49\nC,D,+48',
    ],
    ['CRLF line endings', 'firstname,lastname,number\r\nA,B,+49\r\nC,D,+48\r\n', 'A,B,+49\nC,D,+48'],
    ['a BOM and padded header names', '\uFEFF firstname , lastname ,number\nA,B,+49', 'A,B,+49'],
    ['padded values', 'firstname,lastname,number\n  A , B ,  +49 ', 'A,B,+49'],
  ])('accepts %s', async (_, csv, rows) => {
    expect(await projectCsvString(csv)).toBe(`${HEADER}\n${rows}`);
  });

  it('keeps quoted fields with commas, quotes and line breaks, and writes them quoted again', async () => {
    const csv =
      'number,lastname,firstname\r\n"+49 211","Lovelace, Countess","Ada ""The Enchantress""\r\nof Numbers"';
    expect(await projectCsvString(csv)).toBe(
      `${HEADER}\n"Ada ""The Enchantress""\nof Numbers","Lovelace, Countess",+49 211`,
    );
  });

  it('skips empty and incomplete records without logging', async () => {
    const log = vi.spyOn(console, 'log');
    const warn = vi.spyOn(console, 'warn');
    const csv = 'firstname,lastname,number\n,,\nA,,+49\n , , \nC,D,+48';
    expect(await projectCsvString(csv)).toBe(`${HEADER}\nC,D,+48`);
    expect(log).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    log.mockRestore();
    warn.mockRestore();
  });

  it('accepts a header without records', async () => {
    expect(await projectCsvString('number,firstname,lastname\n')).toBe(HEADER);
  });

  it.each([
    ['an empty string', '', 'Invalid CSV string'],
    ['only blank lines', '\n\r\n\n', 'Invalid CSV string'],
    ['an unclosed quote', 'firstname,lastname,number\n"A,B,+49', 'Invalid CSV string'],
    ['a missing firstname column', 'lastname,number\nB,+49', 'Missing header field in CSV: firstname'],
    ['a missing lastname column', 'firstname,number\nA,+49', 'Missing header field in CSV: lastname'],
    ['a missing number column', 'firstname,lastname,\nA,B,', 'Missing header field in CSV: number'],
    ['a row with fewer columns', 'firstname,lastname,number\nA,B', 'Missing values in CSV'],
    ['a row with more columns', 'firstname,lastname,number\nA,B,+49,x', 'Missing values in CSV'],
  ])('rejects %s', async (_, csv, message) => {
    const error = await rejection(csv);
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ message, field: 'csvContent' });
  });
});

describe('formatContactsCsv (CSV export)', () => {
  it('writes the original columns, JSON-encoded lists and every field quoted', () => {
    expect(formatContactsCsv([{ ...internalContact, id: 'foo', name: 'User1', emails: [] }])).toBe(
      '"id","name","emails","numbers","addresses","organizations"\r\n"foo","User1","[]","[]","[]","[[]]"',
    );
  });

  it('flattens e-mails and numbers and keeps address objects', () => {
    const [, row] = formatContactsCsv([privateContact]).split('\r\n');
    expect(row).toBe(
      '"0b0c6a3e-7b4f-4a38-9a0c-1e1f0d1a0001","Ada Lovelace","[""ada@example.com""]","[""+4921163553355""]",' +
        '"[{""poBox"":"""",""extendedAddress"":"""",""streetAddress"":""Gladbacher Str. 74"",""locality"":""Düsseldorf"",""region"":""NRW"",""postalCode"":""40219"",""country"":""Germany""}]",' +
        '"[[""sipgate"",""Engineering""]]"',
    );
  });

  it('separates rows with CRLF whatever the platform, without a trailing line break', () => {
    const csv = formatContactsCsv([privateContact, sharedContact]);
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csv.endsWith('"')).toBe(true);
  });

  it('writes only the header for no contacts', () => {
    expect(formatContactsCsv([])).toBe('"id","name","emails","numbers","addresses","organizations"');
  });

  it('uses a custom delimiter', () => {
    expect(formatContactsCsv([], ';')).toBe('"id";"name";"emails";"numbers";"addresses";"organizations"');
  });

  it.each([[''], ['"'], ['\n'], [';\r']])('rejects the delimiter %j', (delimiter) => {
    expect(() => formatContactsCsv([], delimiter)).toThrowError(
      expect.objectContaining({ name: 'SipgateIOValidationError', field: 'delimiter' }),
    );
  });
});

const anyText = fc.string({ unit: 'binary', maxLength: 30 });
const contactArbitrary: fc.Arbitrary<ContactResponse> = fc.record({
  id: anyText,
  name: anyText,
  picture: fc.constant(null),
  emails: fc.array(fc.record({ email: anyText, type: fc.constant([]) }), { maxLength: 3 }),
  numbers: fc.array(fc.record({ number: anyText, type: fc.constant([]) }), { maxLength: 3 }),
  addresses: fc.constant([]),
  organization: fc.array(fc.array(anyText, { maxLength: 2 }), { maxLength: 2 }),
  scope: fc.constant('SHARED' as const),
});

describe('CSV round trips (property)', () => {
  it('an export parses back (RFC 4180, any delimiter) to the same fields', () => {
    fc.assert(
      fc.property(
        fc.array(contactArbitrary, { maxLength: 5 }),
        fc.constantFrom(',', ';', '\t', '|'),
        (contacts, delimiter) => {
          const parsed = Papa.parse<string[]>(formatContactsCsv(contacts, delimiter), {
            delimiter,
            newline: '\r\n',
          });
          expect(parsed.errors).toEqual([]);
          expect(parsed.data).toEqual([
            ['id', 'name', 'emails', 'numbers', 'addresses', 'organizations'],
            ...contacts.map(contactToCsvRow),
          ]);
          for (const [index, row] of parsed.data.slice(1).entries()) {
            expect(JSON.parse(row[2]!)).toEqual(contacts[index]!.emails.map(({ email }) => email));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an import keeps every field content, trimmed, with line breaks as LF', async () => {
    const field = fc.string({ unit: 'binary', maxLength: 20 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(field, field, field), { maxLength: 6 }), async (records) => {
        const input = formatCsvRows(
          [['number', 'FirstName', 'lastname'], ...records.map(([f, l, n]) => [n, f, l])],
          {
            newline: '\r\n',
          },
        );
        const normalize = (value: string) => value.replace(/\r\n?/g, '\n').trim();
        const expected = records
          .map((record) => record.map(normalize))
          .filter((record) => record.every((value) => value !== ''));
        const projected = parseCsvRows(await projectCsvString(input));
        expect(projected).toEqual([['firstname', 'lastname', 'number'], ...expected]);
      }),
      { numRuns: 300 },
    );
  });

  it('the quote-free fast path gives what papaparse gives: the same CSV or the same error', async () => {
    // Quote-free text built from the characters that matter: delimiters, line breaks, blanks (ASCII and not).
    const piece = fc.constantFrom('a', 'Zoë', '+49', ',', ' ', '\t', '\u00a0', '\n', '\r\n', '\r', '');
    const line = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''));
    const header = fc.constantFrom(
      'firstname,lastname,number',
      ' Number , FIRSTNAME,extra,lastname',
      'lastname,firstname,number,',
      'firstname,lastname',
      ',,',
      '',
    );
    const outcome = async (project: () => string | Promise<string>) => {
      try {
        return { csv: await project() };
      } catch (error) {
        return { error: (error as Error).message };
      }
    };
    await fc.assert(
      fc.asyncProperty(
        header,
        fc.array(line, { maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        async (head, lines, eol) => {
          const text = [head, ...lines].join(eol);
          expect(await outcome(() => projectCsvString(text))).toEqual(
            await outcome(() => projectCsvWithParser(text)),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['canonical rows with a trailing line break', `${HEADER}\nA,B,+491\nC,D,+492\n`],
    [
      'runs broken by blank, incomplete and padded rows',
      `${HEADER}\nA,B,1\n\nC,D,2\nE,,3\nF,G,4\n H ,I,5\nJ,K,6`,
    ],
    ['reordered columns with an extra one', `number,x,LastName,firstname\r\n1,y,B,A\r\n2,z,D,C`],
    ['CR line endings and blank-field lines', `${HEADER}\r,,\rA,B,1\r  \r`],
  ])('the fast path matches papaparse: %s', async (_, text) => {
    expect(await projectCsvString(text)).toBe(projectCsvWithParser(text));
  });
});

describe('hostile CSV input', () => {
  it('projects a 1 MB quoted field within a bounded time', async () => {
    const huge = `"x,""${'y'.repeat(1_000_000)}"`;
    const started = performance.now();
    const projected = await projectCsvString(`firstname,lastname,number\r\n${huge},B,+49`);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(projected.length).toBeGreaterThan(1_000_000);
  });

  it('rejects an unclosed quote before 1 MB of text with a typed error in bounded time', async () => {
    const started = performance.now();
    const error = await rejection(`firstname,lastname,number\n"${'a,b\n'.repeat(250_000)}`);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(error).toMatchObject({ name: 'SipgateIOValidationError', message: 'Invalid CSV string' });
  });

  it('rejects a 1 MB row of 500,000 columns in bounded time', async () => {
    const started = performance.now();
    const error = await rejection(`firstname,lastname,number\n${'a,'.repeat(500_000)}`);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(error).toMatchObject({ name: 'SipgateIOValidationError', message: 'Missing values in CSV' });
  });

  it('projects 10,000 rows with stray quotes inside unquoted fields', async () => {
    const rows = Array.from({ length: 10_000 }, (_, index) => `A"${index},B,+49`).join('\n');
    const started = performance.now();
    const projected = await projectCsvString(`firstname,lastname,number\n${rows}`);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(parseCsvRows(projected)).toHaveLength(10_001);
  });
});
