import { SipgateIOValidationError } from '@sipgateio/core';
import { formatCsvRows, loadCsvLibrary, parseCsvRows } from './csv.js';
import { ContactsErrorMessage } from './messages.js';

const REQUIRED_COLUMNS = ['firstname', 'lastname', 'number'] as const;
const HEADER = REQUIRED_COLUMNS.join(',');

/**
 * Turns user CSV into the CSV the import endpoint takes: the header `firstname,lastname,number` and one row per
 * complete record. Columns may come in any order and case, with extra columns, a BOM, CRLF or LF line endings
 * and quoted fields (RFC 4180). Blank lines and records lacking a first name, last name or number are skipped.
 * @throws {SipgateIOValidationError} `Invalid CSV string`, `Missing header field in CSV: <name>` or
 * `Missing values in CSV`, with field `csvContent`.
 */
export async function projectCsvString(csvContent: string): Promise<string> {
  if (typeof csvContent !== 'string') throw invalid(ContactsErrorMessage.CONTACTS_INVALID_CSV);
  const text = csvContent.charCodeAt(0) === 0xfeff ? csvContent.slice(1) : csvContent;
  // Without a quote anywhere, RFC 4180 fields hold no delimiter and no line break, so splitting is exact. A BOM
  // inside the text (which papaparse strips or quotes) also takes the general path, the only one that loads it.
  if (!text.includes('"') && !text.includes('\uFEFF')) return projectUnquoted(text);
  await loadCsvLibrary();
  return projectCsvWithParser(text);
}

/**
 * The general path of {@link projectCsvString} (exported for the tests that pin the fast path to it): papaparse
 * parses (quoted fields, escaped quotes) and writes (quoting where needed), once {@link loadCsvLibrary}
 * resolved. `text` has its BOM removed.
 */
export function projectCsvWithParser(text: string): string {
  const rows = parseCsvRows(text);
  const header = rows?.[0];
  if (rows === undefined || header === undefined) throw invalid(ContactsErrorMessage.CONTACTS_INVALID_CSV);
  const [first, last, number] = columnIndexes(header);
  const records: string[][] = [[...REQUIRED_COLUMNS]];
  for (let index = 1; index < rows.length; index++) {
    const row = rows[index]!;
    if (row.length !== header.length) throw invalid(ContactsErrorMessage.CONTACTS_MISSING_VALUES);
    const record = [row[first]!.trim(), row[last]!.trim(), row[number]!.trim()];
    // The original logged each incomplete record and sent an empty line for it; it is simply left out.
    if (record.every((value) => value !== '')) records.push(record);
  }
  return formatCsvRows(records, { newline: '\n' });
}

// The quote-free path, equal in result to `projectCsvWithParser(text)`: lines split on CRLF, CR or LF,
// lines whose fields are all blank skipped (papaparse's `greedy`), fields split on `,`. No projected field can
// need quoting (no quote, delimiter or line break; trimmed, so no edge space), so rows are written as they are.
// One scan with indexOf and no per-line arrays; a line that is already its own projection (columns in order,
// nothing to trim) is copied as part of a run of such lines, so a clean file is mostly sliced, not rebuilt.
function projectUnquoted(csv: string): string {
  const text = csv.includes('\r') ? csv.replace(/\r\n?/g, '\n') : csv;
  const length = text.length;
  let position = 0;
  let header: string[] | undefined;
  while (position < length && header === undefined) {
    const end = lineEnd(text, position);
    const fields = text.slice(position, end).split(',');
    if (!isBlank(fields)) header = fields;
    position = end + 1;
  }
  if (header === undefined) throw invalid(ContactsErrorMessage.CONTACTS_INVALID_CSV);
  const [first, last, number] = columnIndexes(header);
  const width = header.length;
  const canonical = width === 3 && first === 0 && last === 1 && number === 2;
  if (canonical && isCleanBody(text, position)) {
    const end = text.endsWith('\n') ? text.length - 1 : text.length;
    return position >= end ? HEADER : `${HEADER}\n${text.slice(position, end)}`;
  }
  const starts = new Array<number>(width + 1);
  const parts: string[] = [HEADER];
  // [runStart, runEnd): lines copied verbatim, not yet flushed into parts.
  let runStart = -1;
  let runEnd = -1;
  for (; position < length; position = lineEnd(text, position) + 1) {
    const end = lineEnd(text, position);
    if (end === position) continue;
    // starts[i] is where field i begins; field i ends one before starts[i + 1].
    let count = 0;
    starts[0] = position;
    for (
      let comma = text.indexOf(',', position);
      comma >= 0 && comma < end;
      comma = text.indexOf(',', comma + 1)
    ) {
      if (++count >= width) break;
      starts[count] = comma + 1;
    }
    if (count + 1 !== width) {
      if (isBlank(text.slice(position, end).split(','))) continue;
      throw invalid(ContactsErrorMessage.CONTACTS_MISSING_VALUES);
    }
    starts[width] = end + 1;
    const firstName = field(text, starts[first]!, starts[first + 1]! - 1);
    const lastName = field(text, starts[last]!, starts[last + 1]! - 1);
    const phoneNumber = field(text, starts[number]!, starts[number + 1]! - 1);
    // A blank line of the right width has only empty fields, so it is skipped here too.
    if (firstName === '' || lastName === '' || phoneNumber === '') continue;
    if (canonical && firstName.length + lastName.length + phoneNumber.length + 2 === end - position) {
      if (runEnd !== position - 1) {
        if (runStart >= 0) parts.push(text.slice(runStart, runEnd));
        runStart = position;
      }
      runEnd = end;
      continue;
    }
    if (runStart >= 0) parts.push(text.slice(runStart, runEnd));
    runStart = -1;
    runEnd = -1;
    parts.push(`${firstName},${lastName},${phoneNumber}`);
  }
  if (runStart >= 0) parts.push(text.slice(runStart, runEnd));
  return parts.join('\n');
}

// A body of records that are already their own projection: three fields per line, none empty, none with an edge
// blank (the set trim() removes), LF between lines and at most one at the end. One pass over the character
// codes; it stops at the first character that breaks the shape (a CR among them, which the general loop
// handles), and the usual clean file is then copied instead of rebuilt line by line.
function isCleanBody(text: string, start: number): boolean {
  const length = text.length;
  let fields = 0; // commas seen on the current line
  let previous = 10; // the character before the current one; a line break before the first
  for (let index = start; index < length; index++) {
    const code = text.charCodeAt(index);
    const atFieldStart = previous === 44 || previous === 10;
    if (code === 44 || code === 10) {
      // A field ends here: it must not be empty and must not end in a blank.
      if (atFieldStart || isTrimmed(previous)) return false;
      if (code === 44) {
        if (++fields > 2) return false;
      } else {
        if (fields !== 2) return false;
        fields = 0;
      }
    } else if (code === 13 || (atFieldStart && isTrimmed(code))) {
      return false;
    }
    previous = code;
  }
  // The last line either ended in its LF or ends here with its third field complete.
  return previous === 10 || (fields === 2 && previous !== 44 && !isTrimmed(previous));
}

// Whether String.prototype.trim removes this UTF-16 code unit (white space and line terminators).
function isTrimmed(code: number): boolean {
  if (code > 32 && code < 160) return false;
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end < 0 ? text.length : end;
}

// The trimmed field text[start, end); sliced only when its edges are not plainly visible ASCII.
function field(text: string, start: number, end: number): string {
  if (start === end) return '';
  const head = text.charCodeAt(start);
  const tail = text.charCodeAt(end - 1);
  if (head > 32 && head < 127 && tail > 32 && tail < 127) return text.slice(start, end);
  return text.slice(start, end).trim();
}

function isBlank(fields: readonly string[]): boolean {
  return fields.join('').trim() === '';
}

function columnIndexes(header: readonly string[]): [number, number, number] {
  const names = header.map((name) => name.trim().toLowerCase());
  return REQUIRED_COLUMNS.map((column) => {
    const index = names.indexOf(column);
    if (index < 0) throw invalid(`${ContactsErrorMessage.CONTACTS_MISSING_HEADER_FIELD}: ${column}`);
    return index;
  }) as [number, number, number];
}

function invalid(message: string): SipgateIOValidationError {
  return new SipgateIOValidationError(message, 'csvContent');
}
