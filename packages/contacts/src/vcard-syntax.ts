// vCard (RFC 6350 and RFC 2426) content-line syntax, read and written by hand. The maintained libraries do not
// fit: ical.js handles vCards but weighs about 80 kB minified for a calendar model this package does not need;
// vcf (the original's) is unmaintained and is where the original's bugs came from (ADDR, no escaping, CRLF
// only); vcard4 writes 4.0 only and cannot read 3.0. What is needed here is small: unfolding, content lines,
// parameters, escaping and folding. Every loop below is linear in the input, so hostile input (huge fields,
// deep folding, stray quotes) ends in a result or a typed error in bounded time.
import { SipgateIOValidationError } from '@sipgateio/core';
import { ContactsErrorMessage } from './messages.js';

/** One content line: `[group.]NAME;PARAM=a,b:value`, with the value still escaped. */
export interface VCardProperty {
  group: string | undefined;
  /** Upper-case property name, e.g. `TEL`. */
  name: string;
  /** Upper-case parameter names; values unquoted and decoded (RFC 6868). Bare 2.1 parameters count as TYPE. */
  parameters: Map<string, string[]>;
  value: string;
}

const NAME = /^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)$/;

/** A validation error about the vCard text passed to the import. */
export function vCardError(message: string): SipgateIOValidationError {
  return new SipgateIOValidationError(message, 'vcardContent');
}

/**
 * Splits vCard text into cards of content lines. Accepts CRLF, LF or CR line breaks, folded lines, blank
 * lines between cards, a BOM and surrounding whitespace.
 * @throws {SipgateIOValidationError} with the original's messages for a missing BEGIN or END and
 * `Failed to parse VCard` for a malformed line.
 */
export function parseVCardProperties(text: string): VCardProperty[][] {
  if (typeof text !== 'string') throw vCardError(ContactsErrorMessage.CONTACTS_VCARD_MISSING_BEGIN);
  const unfolded = text
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/(?:\r\n|\r|\n)[ \t]/g, '');
  const cards: VCardProperty[][] = [];
  let current: VCardProperty[] | undefined;
  for (const line of unfolded.split(/\r\n|\r|\n/)) {
    // Values keep their trailing spaces; only BEGIN and END lines are compared loosely.
    if (line.trim() === '') continue;
    const upper = line.length <= 20 ? line.trim().toUpperCase() : '';
    if (current === undefined) {
      if (upper !== 'BEGIN:VCARD') throw vCardError(ContactsErrorMessage.CONTACTS_VCARD_MISSING_BEGIN);
      current = [];
    } else if (upper === 'END:VCARD') {
      cards.push(current);
      current = undefined;
    } else if (upper === 'BEGIN:VCARD') {
      throw vCardError(ContactsErrorMessage.CONTACTS_VCARD_MISSING_END);
    } else {
      current.push(parseContentLine(line));
    }
  }
  if (current !== undefined) throw vCardError(ContactsErrorMessage.CONTACTS_VCARD_MISSING_END);
  if (cards.length === 0) throw vCardError(ContactsErrorMessage.CONTACTS_VCARD_MISSING_BEGIN);
  return cards;
}

function parseContentLine(line: string): VCardProperty {
  const nameEnd = indexOfAny(line, 0, ';:');
  const match = NAME.exec(line.slice(0, nameEnd));
  if (nameEnd < 0 || match === null) throw vCardError(ContactsErrorMessage.CONTACTS_VCARD_FAILED_TO_PARSE);
  const parameters = new Map<string, string[]>();
  let index = nameEnd;
  while (line[index] === ';') {
    index = parseParameter(line, index + 1, parameters);
  }
  if (line[index] !== ':') throw vCardError(ContactsErrorMessage.CONTACTS_VCARD_FAILED_TO_PARSE);
  return { group: match[1], name: match[2]!.toUpperCase(), parameters, value: line.slice(index + 1) };
}

// Reads `KEY=v1,"v2",…` (or a bare 2.1 `WORK`) from `start`; returns the index of the `;` or `:` after it.
function parseParameter(line: string, start: number, parameters: Map<string, string[]>): number {
  const keyEnd = indexOfAny(line, start, '=;:');
  if (keyEnd < 0) throw vCardError(ContactsErrorMessage.CONTACTS_VCARD_FAILED_TO_PARSE);
  const key = line.slice(start, keyEnd).toUpperCase();
  const values: string[] = [];
  let index = keyEnd;
  if (line[keyEnd] === '=') {
    index = keyEnd + 1;
    for (;;) {
      let value: string;
      if (line[index] === '"') {
        const close = line.indexOf('"', index + 1);
        if (close < 0) throw vCardError(ContactsErrorMessage.CONTACTS_VCARD_FAILED_TO_PARSE);
        value = line.slice(index + 1, close);
        index = close + 1;
      } else {
        const end = indexOfAny(line, index, ',;:');
        if (end < 0) throw vCardError(ContactsErrorMessage.CONTACTS_VCARD_FAILED_TO_PARSE);
        value = line.slice(index, end);
        index = end;
      }
      values.push(decodeParameterValue(value));
      if (line[index] !== ',') break;
      index++;
    }
  } else {
    values.push(key);
  }
  const name = line[keyEnd] === '=' ? key : 'TYPE';
  const existing = parameters.get(name);
  if (existing === undefined) parameters.set(name, values);
  else existing.push(...values);
  return index;
}

function indexOfAny(text: string, start: number, characters: string): number {
  for (let index = start; index < text.length; index++) {
    if (characters.includes(text[index]!)) return index;
  }
  return -1;
}

// RFC 6868: ^n is a line break, ^' a double quote, ^^ a caret.
function decodeParameterValue(value: string): string {
  return value.replace(/\^([n'^])/g, (_, code: string) => (code === 'n' ? '\n' : code === "'" ? '"' : '^'));
}

function encodeParameterValue(value: string): string {
  return value
    .replace(/\^/g, '^^')
    .replace(/\r\n|\r|\n/g, '^n')
    .replace(/"/g, "^'");
}

/** Unescapes a text value: `\\`, `\,`, `\;`, `\n` and `\N`. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\,;nN])/g, (_, character: string) =>
    character === 'n' || character === 'N' ? '\n' : character,
  );
}

/** Splits a structured value (N, ADR, ORG) on unescaped `;` and unescapes each component. */
export function splitComponents(value: string): string[] {
  const components: string[] = [];
  let start = 0;
  for (let index = 0; index < value.length; index++) {
    if (value[index] === '\\') index++;
    else if (value[index] === ';') {
      components.push(unescapeText(value.slice(start, index)));
      start = index + 1;
    }
  }
  components.push(unescapeText(value.slice(start)));
  return components;
}

const NEEDS_ESCAPE = /[\\,;\r\n]/;
const NON_ASCII = /[\u0080-\uffff]/;
const encoder = new TextEncoder();
// 75 code units are at most 225 octets of UTF-8.
const scratch = new Uint8Array(225);
const ESCAPED = /\r\n|[\\,;\r\n]/g;
const PLAIN_TYPE = /^[A-Za-z0-9_.+/-]+$/;

/** Escapes a text value for a content line: `\\`, `\,`, `\;`, and `\n` for CRLF, CR or LF. */
export function escapeText(value: string): string {
  // One pass, and none at all for the usual value that has nothing to escape.
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(ESCAPED, escapeCharacter);
}

function escapeCharacter(match: string): string {
  return match === '\\' || match === ',' || match === ';' ? `\\${match}` : '\\n';
}

/** `;TYPE=a,b` for the given types, or '' when there are none; values are quoted where they need it. */
export function typeParameter(types: readonly string[] | undefined): string {
  if (types === undefined) return '';
  let written = '';
  for (const type of types) {
    if (type === '') continue;
    const value = PLAIN_TYPE.test(type) ? type : `"${encodeParameterValue(type)}"`;
    written = written === '' ? `;TYPE=${value}` : `${written},${value}`;
  }
  return written;
}

/** The TYPE values of a property, lower-cased (they are case-insensitive) and without empty ones. */
export function typesOf(property: VCardProperty): string[] {
  return (property.parameters.get('TYPE') ?? [])
    .map((type) => type.toLowerCase())
    .filter((type) => type !== '');
}

/**
 * Folds a content line so that no line exceeds 75 octets of UTF-8, continuation lines starting with a space.
 * Lines break between code points only, so a multi-byte character is never split.
 */
export function foldLine(line: string): string {
  // A UTF-16 code unit is at most 3 octets, so 25 units always fit; an ASCII line has one octet per unit; only a
  // non-ASCII line of 26 to 75 units has its octets counted (encodeInto a scratch buffer: no allocation).
  if (line.length <= 25) return line;
  const ascii = !NON_ASCII.test(line);
  if (line.length <= 75 && (ascii || encoder.encodeInto(line, scratch).written <= 75)) return line;
  if (ascii) return foldAscii(line);
  const lines: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const character of line) {
    const characterSize = utf8Length(character.codePointAt(0)!);
    if (size + characterSize > limit) {
      lines.push(current);
      current = '';
      size = 0;
      limit = 74; // the leading space of a continuation line is one of its 75 octets
    }
    current += character;
    size += characterSize;
  }
  lines.push(current);
  return lines.join('\r\n ');
}

/**
 * An upper bound of how many more UTF-8 octets than UTF-16 code units `text` has: 0 for ASCII, else 1 for
 * each unit below U+0800 and 2 for each other unit (exact except for a surrogate pair, counted 4 instead of
 * 2). Counted in place: no encoding, no allocation.
 */
export function utf8Surplus(text: string): number {
  if (!NON_ASCII.test(text)) return 0;
  let surplus = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x80) surplus += code < 0x800 ? 1 : 2;
  }
  return surplus;
}

// An ASCII line (one octet per code unit): 75 units, then 74 per continuation line.
function foldAscii(line: string): string {
  let folded = line.slice(0, 75);
  for (let start = 75; start < line.length; start += 74) folded += `\r\n ${line.slice(start, start + 74)}`;
  return folded;
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}
