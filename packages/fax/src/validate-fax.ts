import {
  base64Length,
  SipgateIOValidationError,
  validateExtension,
  validatePhoneNumber,
} from '@sipgateio/core';
import { defaultFilename } from './default-filename.js';
import type { Fax } from './fax.types.js';
import { byteLengthOf } from './file-content.js';

/** The API's limit for `base64Content` (OpenAPI `maxLength`), about 21.2 MB of PDF. */
export const MAX_BASE64_LENGTH = 28_330_000;
const MAX_FILE_BYTES = (MAX_BASE64_LENGTH / 4) * 3;

/** The checked parts of a fax, everything but the PDF content itself. */
export interface CheckedFax {
  faxlineId: string;
  recipient: string;
  filename: string;
  byteLength: number;
}

/**
 * Checks everything about a fax that needs no reading of the file: recipient, fax line, filename and size.
 * The caller's object is read, never changed (the original wrote the default filename into it).
 * @throws {SipgateIOValidationError} naming `fax`, `to`, `faxlineId`, `filename` or `fileContent`.
 */
export function validateFax(fax: unknown): CheckedFax {
  if (typeof fax !== 'object' || fax === null) {
    throw new SipgateIOValidationError(
      `Invalid fax: expected { to, fileContent, faxlineId, filename? }, got ${String(fax)}`,
      'fax',
    );
  }
  const { to, faxlineId, filename, fileContent } = fax as Partial<Record<keyof Fax, unknown>>;
  const recipient = validatePhoneNumber(to, 'to');
  validateExtension(faxlineId, 'faxlineId', 'f');
  if (filename !== undefined && filename !== null && typeof filename !== 'string') {
    throw new SipgateIOValidationError(`filename must be a string, got ${typeof filename}`, 'filename');
  }
  const byteLength = byteLengthOf(fileContent);
  if (base64Length(byteLength) > MAX_BASE64_LENGTH) {
    throw new SipgateIOValidationError(
      `The PDF is too large to fax: ${formatMegabytes(byteLength)} MB; sipgate accepts at most ` +
        `${formatMegabytes(MAX_FILE_BYTES)} MB (${MAX_BASE64_LENGTH.toLocaleString('en-US')} characters of base64). ` +
        'Reduce the resolution of scanned pages or split the document.',
      'fileContent',
    );
  }
  return {
    faxlineId: faxlineId as string,
    recipient,
    // Falsy names ('' included) get the default, as in the original.
    filename: filename || defaultFilename(),
    byteLength,
  };
}

function formatMegabytes(bytes: number): string {
  return (bytes / 1_000_000).toFixed(1);
}
