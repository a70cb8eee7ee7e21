import { SipgateIOValidationError } from '@sipgateio/core';
import type { FaxFileContent } from './fax.types.js';

/** Byte length of the file, known without reading a Blob. */
export function byteLengthOf(content: unknown): number {
  if (isBlob(content)) return content.size;
  if (content instanceof ArrayBuffer) return content.byteLength;
  if (ArrayBuffer.isView(content)) return content.byteLength;
  throw new SipgateIOValidationError(
    `fileContent must be a Uint8Array, Buffer, ArrayBuffer or Blob holding a PDF, got ${describe(content)}`,
    'fileContent',
  );
}

/** A view of the file's bytes: no copy for typed arrays and ArrayBuffers; a Blob is read once. */
export async function bytesOf(content: FaxFileContent): Promise<Uint8Array> {
  if (isBlob(content)) return new Uint8Array(await content.arrayBuffer());
  if (content instanceof ArrayBuffer) return new Uint8Array(content);
  return new Uint8Array(content.buffer, content.byteOffset, content.byteLength);
}

function isBlob(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return (value as object).constructor?.name ?? 'object';
  return typeof value;
}
