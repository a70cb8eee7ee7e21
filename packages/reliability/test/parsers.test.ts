import { type ContactsModule, createContactsModule, parseVCard, parseVCards } from '@sipgateio/contacts';
import { isSipgateIOError, sipgateIO } from '@sipgateio/core';
import { createSandbox, type Sandbox } from '@sipgateio/sandbox';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectGarbage } from './helpers.js';

// Bounds for one hostile input on a loaded 2-core machine: inputs are up to ~8 MB.
const TIME_BOUND_MS = 5000;
const RETAINED_HEAP_BOUND = 64 * 1024 * 1024;
const PEAK_RSS_BOUND_KB = 1024 * 1024;

let sandbox: Sandbox;
let contacts: ContactsModule;

beforeAll(async () => {
  sandbox = await createSandbox();
  contacts = createContactsModule(
    sipgateIO(sandbox.credentials, { baseUrl: sandbox.url, retry: 0, timeout: 10_000 }),
  );
});
afterAll(async () => {
  await sandbox?.stop();
});

type Outcome = { kind: 'result' } | { kind: 'typed error'; name: string } | { kind: 'other'; error: unknown };

async function outcomeOf(operation: () => unknown): Promise<Outcome> {
  try {
    await operation();
    return { kind: 'result' };
  } catch (error) {
    return isSipgateIOError(error)
      ? { kind: 'typed error', name: (error as Error).name }
      : { kind: 'other', error };
  }
}

/** Runs `operation` on a hostile input and checks it ends typed, in bounded time, without holding memory. */
async function expectBounded(operation: () => unknown): Promise<Outcome> {
  await collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const outcome = await outcomeOf(operation);
  const elapsed = performance.now() - started;
  // The sandbox keeps imported contacts and request bodies: those are its memory, not the parser's.
  sandbox.reset();
  await collectGarbage();
  const retained = process.memoryUsage().heapUsed - heapBefore;
  expect(outcome.kind === 'other' ? outcome.error : undefined).toBeUndefined();
  expect(elapsed).toBeLessThan(TIME_BOUND_MS);
  expect(retained).toBeLessThan(RETAINED_HEAP_BOUND);
  expect(process.resourceUsage().maxRSS).toBeLessThan(PEAK_RSS_BOUND_KB * 2);
  return outcome;
}

const HEADER = 'firstname,lastname,number';
const MB = 1024 * 1024;

const hostileCsv: [string, () => string][] = [
  ['a 2 MB field', () => `${HEADER}\n"${'a'.repeat(2 * MB)}",Lovelace,+4921100000000\n`],
  ['an unclosed quote', () => `${HEADER}\n"Ada,Lovelace,+4921100000000\n`],
  ['a stray quote inside a field', () => `${HEADER}\nA"da,Lovelace,+4921100000000\n`],
  ['a million quotes', () => `${HEADER}\n${'"'.repeat(MB)}`],
  ['a million escaped quotes in one field', () => `${HEADER}\n"${'""'.repeat(MB / 2)}",b,+4921100000000`],
  ['50,000 rows', () => `${HEADER}\n${'Ada,Lovelace,+4921100000000\n'.repeat(50_000)}`],
  [
    '10,000 columns',
    () => `${Array.from({ length: 10_000 }, (_, index) => `c${index}`).join(',')},${HEADER}\n`,
  ],
  ['a million empty lines', () => `${HEADER}${'\n'.repeat(MB)}`],
  ['CR-only line endings', () => `${HEADER}${'\rAda,Lovelace,+4921100000000'.repeat(50_000)}`],
  ['a BOM and nothing else', () => '\uFEFF'],
  ['NUL bytes and lone surrogates', () => `${HEADER}\n\u0000\uD800,\uDFFF\u0000,+4921100000000\n`],
  ['a header only', () => HEADER],
  ['rows longer than the header', () => `${HEADER}\na,b,c,d,e\n`],
];

const CARD_START = 'BEGIN:VCARD\r\nVERSION:4.0\r\n';
const CARD_END = 'TEL:+4921100000000\r\nEND:VCARD\r\n';
const hostileVCard: [string, () => string][] = [
  [
    '200,000 folded continuation lines',
    () => `${CARD_START}N:${'a\r\n '.repeat(200_000)}b;Ada;;;\r\nFN:Ada\r\n${CARD_END}`,
  ],
  [
    'a 4 MB property value',
    () => `${CARD_START}N:Lovelace;Ada;;;\r\nFN:${'x'.repeat(4 * MB)}\r\n${CARD_END}`,
  ],
  ['100,000 N components', () => `${CARD_START}N:${';'.repeat(100_000)}\r\nFN:Ada\r\n${CARD_END}`],
  ['20,000 cards', () => `${CARD_START}N:Lovelace;Ada;;;\r\nFN:Ada\r\n${CARD_END}`.repeat(20_000)],
  ['nested BEGIN without END', () => `${CARD_START}${'BEGIN:VCARD\r\n'.repeat(50_000)}`],
  ['no END:VCARD', () => `${CARD_START}N:Lovelace;Ada;;;\r\nFN:Ada\r\nTEL:+4921100000000\r\n`],
  [
    'an unclosed quoted parameter',
    () => `${CARD_START}N:Lovelace;Ada;;;\r\nTEL;TYPE="work:+4921100000000\r\nEND:VCARD\r\n`,
  ],
  [
    '50,000 parameters',
    () =>
      `${CARD_START}N:Lovelace;Ada;;;\r\nTEL${';TYPE=work'.repeat(50_000)}:+4921100000000\r\nEND:VCARD\r\n`,
  ],
  [
    'a trailing backslash and escape runs',
    () => `${CARD_START}N:${'\\'.repeat(100_001)};Ada;;;\r\nFN:Ada\r\n${CARD_END}`,
  ],
  ['colons everywhere', () => `${CARD_START}${':'.repeat(MB)}\r\n${CARD_END}`],
  [
    'LF-only line endings and folding with tabs',
    () => `${CARD_START.replace(/\r/g, '')}N:Love\n\tlace;Ada;;;\nFN:Ada\nTEL:+4921100000000\nEND:VCARD\n`,
  ],
  ['empty text', () => ''],
  ['only whitespace', () => ' \r\n\t '.repeat(100_000)],
];

describe('contacts CSV importer', () => {
  it.each(hostileCsv)(
    '%s: a typed error or a result, bounded in time and memory',
    async (_label, make) => {
      const input = make();
      await expectBounded(() => contacts.importFromCsvString(input));
    },
    30_000,
  );

  it('random text: a typed error or a result', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ maxLength: 300 }).map((body) => `${HEADER}\n${body}`),
          fc
            .array(
              fc.array(
                fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('"', '""', ',', '\r\n', '\n', ' ')),
                { maxLength: 5 },
              ),
              {
                maxLength: 20,
              },
            )
            .map((rows) => `${HEADER}\n${rows.map((row) => row.join(',')).join('\n')}`),
        ),
        async (input) => {
          const outcome = await outcomeOf(() => contacts.importFromCsvString(input));
          expect(outcome.kind === 'other' ? outcome.error : undefined).toBeUndefined();
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('contacts vCard importer', () => {
  it.each(hostileVCard)(
    '%s: parseVCard, parseVCards and importVCardString end typed and bounded',
    async (_label, make) => {
      const input = make();
      await expectBounded(async () => {
        for (const operation of [() => parseVCards(input), () => parseVCard(input)]) {
          const outcome = await outcomeOf(operation);
          expect(outcome.kind === 'other' ? outcome.error : undefined).toBeUndefined();
        }
        return contacts.importVCardString(input, 'PRIVATE');
      });
    },
    60_000,
  );

  it('random text and random property lines: a typed error or a result', async () => {
    const line = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(
        'BEGIN:VCARD',
        'END:VCARD',
        'VERSION:4.0',
        'VERSION:3.0',
        'N:a;b;;;',
        'FN:x',
        'TEL:+4921100000000',
        ' folded',
        '\tfolded',
        'ADR:;;;;;;',
        'EMAIL:a@b.c',
        'ORG:x;y',
      ),
      fc
        .tuple(fc.stringMatching(/^[A-Za-z.-]{1,8}$/), fc.string({ maxLength: 20 }))
        .map(([name, value]) => `${name}:${value}`),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc
            .tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom('\r\n', '\n', '\r'))
            .map(([lines, newline]) => lines.join(newline)),
        ),
        async (input) => {
          for (const operation of [() => parseVCards(input), () => parseVCard(input)]) {
            const outcome = await outcomeOf(operation);
            expect(outcome.kind === 'other' ? outcome.error : undefined).toBeUndefined();
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
