import { SipgateIOValidationError } from '@sipgateio/core';

const HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const TRAILER = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF
// PDF readers look for the end-of-file marker in the last 1024 bytes (trailing whitespace or junk after it
// is common); an earlier `%%EOF` belongs to an incremental update or an embedded file, not to this file.
const TRAILER_WINDOW = 1024;

/**
 * Checks that bytes look like a PDF: the `%PDF-` header at offset 0 and an `%%EOF` marker within the last 1024
 * bytes. A second `%PDF-` further in (embedded or incrementally updated PDFs) is fine; the original rejected
 * those, because it required the last `%PDF-` to be at offset 0.
 *
 * Why the header must be at offset 0: the PDF specification puts it on the first line, and the original
 * required it there too. Some desktop readers tolerate up to 1024 bytes of junk before it, but nothing says
 * sipgate's fax converter does, and failing before the upload beats a fax that fails later.
 * @throws {SipgateIOValidationError} `Invalid PDF file`, naming `fileContent`.
 */
export function validatePdfFileContent(bytes: Uint8Array): void {
  if (!startsWith(bytes, HEADER) || !endsWithin(bytes, TRAILER, TRAILER_WINDOW)) {
    throw new SipgateIOValidationError('Invalid PDF file', 'fileContent');
  }
}

function startsWith(bytes: Uint8Array, marker: readonly number[]): boolean {
  return bytes.length >= marker.length && marker.every((byte, index) => bytes[index] === byte);
}

function endsWithin(bytes: Uint8Array, marker: readonly number[], window: number): boolean {
  const from = Math.max(0, bytes.length - window);
  for (let start = bytes.length - marker.length; start >= from; start--) {
    if (marker.every((byte, index) => bytes[start + index] === byte)) return true;
  }
  return false;
}
