import { SipgateIOValidationError } from '@sipgateio/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { privateContact, sharedContact } from './__fixtures__/contacts.js';
import { appleVCard3, vCard4WithoutOrg } from './__fixtures__/vcards.js';
import type { ContactResponse } from './contacts.types.js';
import { formatVCard, parseVCard, parseVCards } from './vcard.js';
import { escapeText, foldLine, typeParameter } from './vcard-syntax.js';

// The plain definitions: four replaces; fold by TextEncoder octets, code point by code point.
const escapeReference = (value: string) =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
const encoder = new TextEncoder();
const foldReference = (line: string) => {
  if (encoder.encode(line).length <= 75) return line;
  const lines: string[] = [];
  let current = '';
  let limit = 75;
  for (const character of line) {
    if (encoder.encode(current + character).length > limit) {
      lines.push(current);
      current = '';
      limit = 74;
    }
    current += character;
  }
  lines.push(current);
  return lines.join('\r\n ');
};
const typeReference = (types: string[]) => {
  const values = types.filter((type) => type !== '');
  if (values.length === 0) return '';
  const written = values.map((type) =>
    /^[A-Za-z0-9_.+/-]+$/.test(type)
      ? type
      : `"${type
          .replace(/\^/g, '^^')
          .replace(/\r\n|\r|\n/g, '^n')
          .replace(/"/g, "^'")}"`,
  );
  return `;TYPE=${written.join(',')}`;
};

const card = (...lines: string[]) => ['BEGIN:VCARD', ...lines, 'END:VCARD'].join('\r\n');
const valid = ['VERSION:4.0', 'N:Doe;John;;;', 'TEL:+4915739777777'];

function rejection(text: string): unknown {
  try {
    parseVCard(text);
  } catch (error) {
    return error;
  }
  throw new Error('parseVCard did not throw');
}

describe('parseVCard (the original import rules)', () => {
  it.each([
    ['no BEGIN', 'VERSION:4.0\r\nN:Doe;John\r\nEND:VCARD', 'vCard does not contain a valid BEGIN tag'],
    ['empty text', '', 'vCard does not contain a valid BEGIN tag'],
    ['no END', 'BEGIN:VCARD\r\nVERSION:4.0\r\nN:Doe;John', 'vCard does not contain a valid END tag'],
    [
      'a second BEGIN before END',
      'BEGIN:VCARD\r\nBEGIN:VCARD\r\nEND:VCARD',
      'vCard does not contain a valid END tag',
    ],
    ['a line without colon', card('VERSION:4.0', 'N Doe'), 'Failed to parse VCard'],
    ['a malformed property name', card('VERSION:4.0', 'N@:Doe;John'), 'Failed to parse VCard'],
    ['an unclosed quoted parameter', card('VERSION:4.0', 'TEL;TYPE="work:+49'), 'Failed to parse VCard'],
    ['version 2.1', card('VERSION:2.1', 'N:Doe;John', 'TEL:+49157'), 'Invalid VCard Version given'],
    ['no version', card('N:Doe;John', 'TEL:+49157'), 'Invalid VCard Version given'],
    ['no N', card('VERSION:4.0', 'TEL:+49157'), 'Names not given'],
    ['no TEL', card('VERSION:4.0', 'N:Doe;John'), 'No phone number given'],
    ['one N component', card('VERSION:4.0', 'N:Doe', 'TEL:+49157'), 'Missing Name Fields'],
    ['two TEL', card(...valid, 'TEL:+49158'), 'Only one phone number is allowed'],
    [
      'two grouped ADR',
      card(...valid, 'item1.ADR:;;a;b;c;d;e', 'item2.ADR:;;a;b;c;d;e'),
      'Only one address is allowed',
    ],
    ['an ADR with six components', card(...valid, 'ADR:;;a;b;c;d'), 'Address Fields are invalid'],
    ['two EMAIL', card(...valid, 'EMAIL:a@example.com', 'EMAIL:b@example.com'), 'Only one email is allowed'],
    ['two cards', `${card(...valid)}\r\n${card(...valid)}`, 'Only one vCard is allowed per import'],
  ])('rejects a card with %s', (_, text, message) => {
    const error = rejection(text);
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ message, field: 'vcardContent' });
  });

  it('checks the rules in the original order (TEL count before ADR before EMAIL)', () => {
    const text = card(...valid, 'TEL:+49158', 'ADR:x', 'ADR:y', 'EMAIL:a@x.de', 'EMAIL:b@x.de');
    expect(rejection(text)).toMatchObject({ message: 'Only one phone number is allowed' });
  });

  it('reads an Apple vCard 3.0 with groups, folding, escapes and LF line breaks', () => {
    expect(parseVCard(appleVCard3)).toEqual({
      firstname: 'Max',
      lastname: 'Mustermann',
      name: 'Max Mustermann',
      phoneNumber: '+49 157 39777777',
      phoneNumberType: ['cell', 'voice', 'pref'],
      email: 'max@example.com',
      emailType: ['internet', 'home'],
      organization: [['Muster, GmbH', 'Vertrieb']],
      address: {
        poBox: '',
        extendedAddress: '',
        streetAddress: 'Musterstra;ße 1',
        locality: 'Düsseldorf',
        region: '',
        postalCode: '40219',
        country: 'Deutschland',
      },
      addressType: ['home', 'pref'],
    });
  });

  it('reads a card without ORG instead of crashing, and keeps TEL types from a tel: URI', () => {
    expect(parseVCard(vCard4WithoutOrg)).toEqual({
      firstname: 'Ada',
      lastname: 'Lovelace',
      name: 'Ada Lovelace',
      phoneNumber: '+4921163553355',
      phoneNumberType: ['work', 'voice'],
      organization: [],
    });
  });

  it('keeps values that contain colons and property names', () => {
    const parsed = parseVCard(
      card('VERSION:4.0', 'N:Doe;John;;;', 'TEL:+4915739777777', 'ORG:ADR: N: TEL:x;y'),
    );
    expect(parsed.organization).toEqual([['ADR: N: TEL:x', 'y']]);
    expect(parsed.phoneNumber).toBe('+4915739777777');
  });

  it('reads two ORG lines as two organizations and unescapes \\n, \\, and \\\\', () => {
    const parsed = parseVCards(
      card('VERSION:4.0', 'N:Doe;John', 'ORG:Firma', 'ORG:Firma 2', 'NOTE:a\\nb\\,c\\\\d', 'TEL:+49'),
    );
    expect(parsed[0]!.organization).toEqual([['Firma'], ['Firma 2']]);
    const withNewline = parseVCard(card('VERSION:4.0', 'FN:Line\\none', 'N:Doe;John', 'TEL:+49'));
    expect(withNewline.name).toBe('Line\none');
  });

  it('decodes quoted and RFC 6868 encoded parameter values', () => {
    const [parsed] = parseVCards(card('VERSION:4.0', 'N:a;b', 'TEL;TYPE="wo,rk",x;TYPE=^^y^\':+49'));
    expect(parsed!.numbers).toEqual([{ number: '+49', type: ['wo,rk', 'x', '^y"'] }]);
  });
});

describe('formatVCard', () => {
  it('writes FN, N as family;given, ADR (not ADDR), TYPE only when known, CRLF after every line', () => {
    expect(formatVCard(privateContact)).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:Ada Lovelace',
        'N:Ada Lovelace;;;;',
        'ORG:sipgate;Engineering',
        'TEL;TYPE=cell:+4921163553355',
        'EMAIL;TYPE=home:ada@example.com',
        'ADR:;;Gladbacher Str. 74;Düsseldorf;NRW;40219;Germany',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
    const noTypes = formatVCard({ ...sharedContact, numbers: [{ number: '+49211', type: [] }] });
    expect(noTypes).toContain('\r\nTEL:+49211\r\n');
    expect(noTypes).not.toContain('undefined');
    expect(formatVCard({ ...sharedContact, emails: [{ email: 'a@b.de' } as never] })).toContain(
      '\r\nEMAIL:a@b.de\r\n',
    );
  });

  it('uses given and family for N when the API sends them', () => {
    const text = formatVCard({ ...sharedContact, given: 'Alan', family: 'Turing' });
    expect(text).toContain('\r\nN:Turing;Alan;;;\r\n');
  });

  it('escapes backslash, comma, semicolon and line breaks in values', () => {
    const text = formatVCard({
      ...sharedContact,
      name: 'a\\b,c;d\ne\r\nf',
      organization: [['x;y', 'z,w']],
    });
    expect(text).toContain('\r\nFN:a\\\\b\\,c\\;d\\ne\\nf\r\n');
    expect(text).toContain('\r\nORG:x\\;y;z\\,w\r\n');
  });

  it('folds at 75 octets without splitting a multi-byte character', () => {
    const name = 'ä'.repeat(30) + '😀'.repeat(20) + 'x'.repeat(100);
    const text = formatVCard({ ...sharedContact, name });
    const encoder = new TextEncoder();
    for (const line of text.split('\r\n')) {
      expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
    }
    expect(parseVCards(text)[0]!.name).toBe(name);
  });

  it('folds a 76-octet line into 75 octets plus a continuation line', () => {
    const line = 'X'.repeat(76);
    expect(foldLine(line)).toBe(`${'X'.repeat(75)}\r\n X`);
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
  });

  it('escapes, folds and writes TYPE exactly as the straightforward definitions do (property)', () => {
    const unit = fc.constantFrom(
      'a',
      'é',
      '€',
      '😀',
      '\uD800',
      '\uDC00',
      ',',
      ';',
      '\\',
      '\r',
      '\n',
      '^',
      '"',
      ' ',
    );
    const text = fc.oneof(
      fc.string({ unit, maxLength: 120 }),
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc.string({ maxLength: 160 }),
    );
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 3 }), (value, types) => {
        expect(escapeText(value)).toBe(escapeReference(value));
        expect(foldLine(value)).toBe(foldReference(value));
        expect(typeParameter(types)).toBe(typeReference(types));
      }),
      { numRuns: 3000 },
    );
  });

  it('a shared contact exported as a vCard reads back with the whole name as last name', () => {
    const parsed = parseVCard(formatVCard(sharedContact));
    expect(parsed).toMatchObject({ firstname: '', lastname: 'Alan Turing', name: 'Alan Turing' });
  });
});

const text = fc.string({ unit: 'binary', maxLength: 40 });
const typeValue = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 8 })
  .map((value) => value.toLowerCase());
const contactArbitrary: fc.Arbitrary<ContactResponse> = fc.record({
  id: fc.uuid(),
  name: text,
  picture: fc.constant(null),
  emails: fc.array(fc.record({ email: text, type: fc.array(typeValue, { maxLength: 3 }) }), { maxLength: 3 }),
  numbers: fc.array(fc.record({ number: text, type: fc.array(typeValue, { maxLength: 3 }) }), {
    maxLength: 3,
  }),
  addresses: fc.array(
    fc.record({
      poBox: text,
      extendedAddress: text,
      streetAddress: text,
      locality: text,
      region: text,
      postalCode: text,
      country: text,
    }),
    { maxLength: 2 },
  ),
  organization: fc.array(fc.array(text, { minLength: 1, maxLength: 3 }), { maxLength: 3 }),
  scope: fc.constantFrom('PRIVATE', 'SHARED', 'INTERNAL'),
});

// Line breaks inside values are written as \n, so CR and CRLF come back as LF.
const newlines = (value: string) => value.replace(/\r\n|\r/g, '\n');
const lowerCaseTypes = (types: string[]) => types.map((type) => newlines(type).toLowerCase()).filter(Boolean);

describe('vCard round trip (property)', () => {
  it('formatVCard writes exactly the straightforward definition: lines joined, then folded by octets', () => {
    const ADDRESS = [
      'poBox',
      'extendedAddress',
      'streetAddress',
      'locality',
      'region',
      'postalCode',
      'country',
    ];
    const formatReference = (contact: ContactResponse) => {
      const hasParts = Boolean(contact.given) || Boolean(contact.family);
      const family = hasParts ? (contact.family ?? '') : contact.name;
      const given = hasParts ? (contact.given ?? '') : '';
      const lines = [
        'BEGIN:VCARD',
        'VERSION:4.0',
        `FN:${escapeReference(contact.name)}`,
        `N:${escapeReference(family)};${escapeReference(given)};;;`,
        ...contact.organization
          .filter((organization) => organization.length > 0)
          .map((organization) => `ORG:${organization.map(escapeReference).join(';')}`),
        ...contact.numbers.map((n) => `TEL${typeReference(n.type)}:${escapeReference(n.number)}`),
        ...contact.emails.map((e) => `EMAIL${typeReference(e.type)}:${escapeReference(e.email)}`),
        ...contact.addresses.map(
          (address) =>
            `ADR:${ADDRESS.map((key) => escapeReference(address[key as keyof typeof address] ?? '')).join(';')}`,
        ),
        'END:VCARD',
      ];
      return lines.map((line) => `${foldReference(line)}\r\n`).join('');
    };
    const unit = fc.constantFrom('a', 'é', '€', '😀', '\uD800', '\uDC00', ',', ';', '\\', '\n', '"');
    const part = fc.oneof(text, fc.string({ unit, maxLength: 60 }));
    fc.assert(
      fc.property(contactArbitrary, fc.option(part), fc.option(part), (contact, given, family) => {
        const withParts = {
          ...contact,
          ...(given !== null && { given }),
          ...(family !== null && { family }),
        };
        expect(formatVCard(withParts)).toBe(formatReference(withParts));
      }),
      { numRuns: 1000 },
    );
  });

  it('every exported card parses back to the same contact', () => {
    fc.assert(
      fc.property(contactArbitrary, (contact) => {
        const [parsed, ...rest] = parseVCards(formatVCard(contact));
        expect(rest).toEqual([]);
        expect(parsed).toEqual({
          version: '4.0',
          name: newlines(contact.name),
          given: '',
          family: newlines(contact.name),
          numbers: contact.numbers.map((n) => ({
            number: newlines(n.number).replace(/^tel:/i, ''),
            type: lowerCaseTypes(n.type),
          })),
          emails: contact.emails.map((e) => ({ email: newlines(e.email), type: lowerCaseTypes(e.type) })),
          addresses: contact.addresses.map((a) => ({
            ...Object.fromEntries(Object.entries(a).map(([key, value]) => [key, newlines(value)])),
            type: [],
          })),
          organization: contact.organization.map((organization) => organization.map(newlines)),
        });
      }),
      { numRuns: 300 },
    );
  });

  it('every exported card with one number reads back through the import rules', () => {
    fc.assert(
      fc.property(
        contactArbitrary.map((contact) => ({
          ...contact,
          emails: contact.emails.slice(0, 1),
          addresses: contact.addresses.slice(0, 1),
        })),
        text.filter((value) => value !== ''),
        (contact, number) => {
          const parsed = parseVCard(formatVCard({ ...contact, numbers: [{ number, type: ['cell'] }] }));
          expect(parsed.phoneNumber).toBe(newlines(number).replace(/^tel:/i, ''));
          expect(parsed.lastname).toBe(newlines(contact.name));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('hostile vCard input', () => {
  it('parses a 1 MB field and 10,000 folded lines within a bounded time', () => {
    const huge = 'x'.repeat(1_000_000);
    const folded = Array.from({ length: 10_000 }, () => 'abcdefgh').join('\r\n ');
    const started = performance.now();
    const parsed = parseVCard(card('VERSION:4.0', `FN:${huge}`, `N:${folded};John`, 'TEL:+49211'));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(parsed.name).toHaveLength(1_000_000);
    expect(parsed.lastname).toBe('abcdefgh'.repeat(10_000));
  });

  it('rejects an unbalanced quote in a 1 MB parameter with a typed error in bounded time', () => {
    const started = performance.now();
    const error = rejection(card('VERSION:4.0', `TEL;TYPE="${'w'.repeat(1_000_000)}:+49`));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(error).toMatchObject({ name: 'SipgateIOValidationError', message: 'Failed to parse VCard' });
  });

  it.each([
    ['a 1 MB line without a colon', card('VERSION:4.0', 'X'.repeat(1_000_000))],
    [
      'a 1 MB property name with a bad character at the end',
      card('VERSION:4.0', `${'A'.repeat(1_000_000)}@:x`),
    ],
    ['1 MB of parameters without a value', card('VERSION:4.0', `TEL${';TYPE=a'.repeat(150_000)}`)],
  ])('rejects %s with a typed error in bounded time', (_, text) => {
    const started = performance.now();
    const error = rejection(text);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(error).toMatchObject({ name: 'SipgateIOValidationError', message: 'Failed to parse VCard' });
  });

  it('handles 10,000 parameters and 10,000 backslashes in bounded time', () => {
    const started = performance.now();
    const parameters = ';TYPE=a'.repeat(10_000);
    const [parsed] = parseVCards(card('VERSION:4.0', `N:${'\\'.repeat(10_001)};x`, `TEL${parameters}:+49`));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(parsed!.numbers[0]!.type).toHaveLength(10_000);
  });
});
