import { bytesToBase64 } from '@sipgateio/core';
import type { CheckedFax } from './validate-fax.js';

// 768 KiB of PDF per slice → 1 MiB of base64. A multiple of 3, so slices encode without padding in between
// and their concatenation is exactly the base64 of the whole file.
const SLICE = 3 * 256 * 1024;

/**
 * The `POST /sessions/fax` JSON body as a Blob assembled from parts. The base64 text is produced slice by
 * slice and each slice goes straight into a Blob, so a 20 MB PDF never exists as one 27 MB string, nor again
 * inside a `JSON.stringify` result, nor again as that result's UTF-8 encoding: besides the caller's bytes,
 * only the Blob the upload streams from stays (about 1.33× the file). Base64 needs no JSON escaping.
 */
export function sendFaxBody(fax: CheckedFax, bytes: Uint8Array): Blob {
  const head =
    `{"faxlineId":${JSON.stringify(fax.faxlineId)},"recipient":${JSON.stringify(fax.recipient)},` +
    `"filename":${JSON.stringify(fax.filename)},"base64Content":"`;
  const parts: BlobPart[] = [head];
  for (let start = 0; start < bytes.length; start += SLICE) {
    parts.push(new Blob([bytesToBase64(bytes.subarray(start, start + SLICE))]));
  }
  parts.push('"}');
  return new Blob(parts, { type: 'application/json' });
}
