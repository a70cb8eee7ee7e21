import { base64Stream, base64StreamLength, bytesToBase64 } from '@sipgateio/core';
import type { CheckedFax } from './validate-fax.js';

// 768 KiB of PDF per slice → 1 MiB of base64. A multiple of 3, so slices encode without padding in between
// and their concatenation is exactly the base64 of the whole file.
const SLICE = 3 * 256 * 1024;

/** The JSON of a fax up to the opening quote of its base64 content. Base64 needs no JSON escaping. */
function bodyHead(fax: CheckedFax): string {
  return (
    `{"faxlineId":${JSON.stringify(fax.faxlineId)},"recipient":${JSON.stringify(fax.recipient)},` +
    `"filename":${JSON.stringify(fax.filename)},"base64Content":"`
  );
}

const BODY_TAIL = '"}';

/**
 * The `POST /sessions/fax` JSON body as a Blob assembled from parts. The base64 text is produced slice by
 * slice and each slice goes straight into a Blob, so a 20 MB PDF never exists as one 27 MB string, nor again
 * inside a `JSON.stringify` result, nor again as that result's UTF-8 encoding: besides the caller's bytes,
 * only the Blob the upload streams from stays (about 1.33× the file). For runtimes that cannot send a stream
 * (browsers) and for clients that are not ours (they get the object it encodes).
 */
export function sendFaxBody(fax: CheckedFax, bytes: Uint8Array): Blob {
  const parts: BlobPart[] = [bodyHead(fax)];
  for (let start = 0; start < bytes.length; start += SLICE) {
    parts.push(new Blob([bytesToBase64(bytes.subarray(start, start + SLICE))]));
  }
  parts.push(BODY_TAIL);
  return new Blob(parts, { type: 'application/json' });
}

/** The same JSON as {@link sendFaxBody}, made while it is sent: see {@link sendFaxStreamBody}. */
export interface StreamedFaxBody {
  /** Makes a new stream of the body on every call (one per attempt). */
  body: () => ReadableStream<Uint8Array>;
  /** The body's length in bytes, for the Content-Length header. */
  length: number;
}

/**
 * The `POST /sessions/fax` JSON body, byte for byte the one {@link sendFaxBody} assembles, as streams that
 * encode the file slice by slice while the upload reads them: no copy of the base64 text is held, so sending
 * costs little beyond the caller's file. The file is still held, so each call of `body` starts a new stream
 * (the client calls it again when it repeats the request with a refreshed token).
 */
export function sendFaxStreamBody(fax: CheckedFax, bytes: Uint8Array): StreamedFaxBody {
  const around = { prefix: bodyHead(fax), suffix: BODY_TAIL };
  return {
    body: () => base64Stream(bytes, around),
    length: base64StreamLength(bytes.length, around),
  };
}

/**
 * True where fetch uploads a stream body as it is read and a Content-Length may be set: Node. Browsers
 * mostly cannot send stream bodies (and set Content-Length themselves); Deno and Bun keep the Blob body too.
 */
export function streamsRequestBodies(): boolean {
  const runtime = globalThis as {
    process?: { versions?: { node?: unknown; bun?: unknown } };
    Deno?: unknown;
  };
  const versions = runtime.process?.versions;
  return (
    typeof versions?.node === 'string' &&
    versions.bun === undefined &&
    runtime.Deno === undefined &&
    typeof ReadableStream !== 'undefined'
  );
}
