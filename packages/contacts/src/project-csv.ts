import { SipgateIOValidationError } from '@sipgateio/core';
import { formatCsvRows, parseCsvRows } from './csv.js';
import { ContactsErrorMessage } from './messages.js';

const REQUIRED_COLUMNS = ['firstname', 'lastname', 'number'] as const;

/**
 * Turns user CSV into the CSV the import endpoint takes: the header `firstname,lastname,number` and one row per
 * complete record. Columns may come in any order and case, with extra columns, a BOM, CRLF or LF line endings
 * and quoted fields (RFC 4180). Blank lines and records lacking a first name, last name or number are skipped.
 * @throws {SipgateIOValidationError} `Invalid CSV string`, `Missing header field in CSV: <name>` or
 * `Missing values in CSV`, with field `csvContent`.
 */
export function projectCsvString(csvContent: string): string {
  if (typeof csvContent !== 'string') throw invalid(ContactsErrorMessage.CONTACTS_INVALID_CSV);
  const rows = parseCsvRows(csvContent.replace(/^\uFEFF/, ''));
  const header = rows?.[0];
  if (rows === undefined || header === undefined) throw invalid(ContactsErrorMessage.CONTACTS_INVALID_CSV);

  const names = header.map((name) => name.trim().toLowerCase());
  const [first, last, number] = REQUIRED_COLUMNS.map((column) => {
    const index = names.indexOf(column);
    if (index < 0) throw invalid(`${ContactsErrorMessage.CONTACTS_MISSING_HEADER_FIELD}: ${column}`);
    return index;
  }) as [number, number, number];

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

function invalid(message: string): SipgateIOValidationError {
  return new SipgateIOValidationError(message, 'csvContent');
}
