import { SipgateIOValidationError } from '@sipgateio/core';
import type { ContactResponse } from './contacts.types.js';
import { formatCsvRows } from './csv.js';

const COLUMNS = ['id', 'name', 'emails', 'numbers', 'addresses', 'organizations'];

/**
 * The original's CSV export: a quoted header, then per contact its id and name and, JSON-encoded, the e-mail
 * addresses, numbers, address objects and organizations; every field quoted, CRLF between rows whatever the
 * OS (the original used the OS line ending), no trailing line break. Needs `loadCsvLibrary()` resolved first.
 * @throws {SipgateIOValidationError} when `delimiter` is empty or contains a quote or a line break.
 */
export function formatContactsCsv(contacts: readonly ContactResponse[], delimiter = ','): string {
  validateCsvDelimiter(delimiter);
  const rows = [COLUMNS, ...contacts.map(contactToCsvRow)];
  return formatCsvRows(rows, { delimiter, newline: '\r\n', quoteAll: true });
}

/** The CSV row of one contact (see {@link formatContactsCsv}). */
export function contactToCsvRow(contact: ContactResponse): string[] {
  return [
    String(contact.id),
    String(contact.name),
    JSON.stringify((contact.emails ?? []).map(({ email }) => email)),
    JSON.stringify((contact.numbers ?? []).map(({ number }) => number)),
    JSON.stringify(contact.addresses ?? []),
    JSON.stringify(contact.organization ?? []),
  ];
}

/**
 * Checks a CSV export delimiter.
 * @throws {SipgateIOValidationError} `Invalid CSV delimiter: …` (field `delimiter`).
 */
export function validateCsvDelimiter(delimiter: unknown): asserts delimiter is string {
  if (typeof delimiter !== 'string' || delimiter === '' || /["\r\n]/.test(delimiter)) {
    throw new SipgateIOValidationError(
      `Invalid CSV delimiter: ${JSON.stringify(delimiter)}. Use a non-empty string without quotes or line breaks, e.g. ";".`,
      'delimiter',
    );
  }
}
