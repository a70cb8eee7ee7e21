// Browser-safe base64 without Buffer. Bytes are converted in chunks so a 20 MB fax never becomes one giant
// intermediate string of char codes, and the result is built once.
const CHUNK = 0x6000; // multiple of 3, so chunks encode without padding in between

/** Base64 of raw bytes. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const chunk = bytes.subarray(start, start + CHUNK);
    parts.push(btoa(String.fromCharCode.apply(null, chunk as unknown as number[])));
  }
  return parts.join('');
}

// 192 KiB of input per pull → 256 KiB of base64 per chunk. Small enough that the encoded chunks already
// written stay few before the garbage collector takes them, large enough to keep the number of reads low. A
// multiple of 3, so slices encode without padding in between.
const STREAM_SLICE = 3 * 64 * 1024;

/** Options of {@link base64Stream}. */
export interface Base64StreamOptions {
  /** Text sent before the base64 (e.g. the start of a JSON document). Default none. */
  prefix?: string;
  /** Text sent after the base64. Default none. */
  suffix?: string;
}

/**
 * The base64 of `bytes` as a stream of its UTF-8 bytes, between `prefix` and `suffix`. Each slice is encoded
 * only when the stream is read, so the text never exists whole: memory stays near one slice beyond the
 * caller's bytes, whatever their size. The bytes are read while the stream is, so they must not change
 * before it ends. {@link base64StreamLength} tells its length in bytes up front.
 *
 * @example
 * ```ts
 * const body = base64Stream(pdf, { prefix: '{"base64Content":"', suffix: '"}' });
 * ```
 */
export function base64Stream(
  bytes: Uint8Array,
  options: Base64StreamOptions = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const { prefix = '', suffix = '' } = options;
  let offset = 0;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        if (prefix !== '') controller.enqueue(encoder.encode(prefix));
      },
      pull(controller) {
        if (offset < bytes.length) {
          const slice = bytes.subarray(offset, offset + STREAM_SLICE);
          offset += slice.length;
          // Base64 is ASCII, so its UTF-8 bytes are its characters.
          controller.enqueue(encoder.encode(bytesToBase64(slice)));
          return;
        }
        if (suffix !== '') controller.enqueue(encoder.encode(suffix));
        controller.close();
      },
    },
    // Nothing is encoded ahead of the reader.
    { highWaterMark: 0 },
  );
}

/** Length in bytes of what {@link base64Stream} sends for `byteLength` bytes between `prefix` and `suffix`. */
export function base64StreamLength(byteLength: number, options: Base64StreamOptions = {}): number {
  const encoder = new TextEncoder();
  return (
    encoder.encode(options.prefix ?? '').length +
    base64Length(byteLength) +
    encoder.encode(options.suffix ?? '').length
  );
}

/** Base64 of a string's UTF-8 bytes (the original used Latin-1 and broke on `€` and emoji). */
export function utf8ToBase64(text: string): string {
  // ASCII is its own UTF-8: btoa takes it directly, several times faster than encoding bytes in chunks.
  return NON_ASCII.test(text) ? bytesToBase64(new TextEncoder().encode(text)) : btoa(text);
}

const NON_ASCII = /[\u0080-\uffff]/;

/** Length of the base64 text for `byteLength` bytes, without encoding anything. */
export function base64Length(byteLength: number): number {
  return Math.ceil(byteLength / 3) * 4;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Options of {@link base64ToBytes}. */
export interface Base64DecodeOptions {
  /** Also read base64url (`-` and `_`, padding optional), as in JWT segments. Default false. */
  url?: boolean;
}

/**
 * Bytes of base64 text, or undefined when the text is not base64 (wrong characters or length, or empty), so
 * that callers choose their own error.
 */
export function base64ToBytes(
  text: string,
  options: Base64DecodeOptions = {},
): Uint8Array<ArrayBuffer> | undefined {
  const base64 = options.url
    ? padBase64(text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, ''))
    : text;
  if (base64 === undefined || base64.length % 4 !== 0 || !BASE64.test(base64)) return undefined;
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function padBase64(unpadded: string): string | undefined {
  // One character beyond a group of four carries fewer than 8 bits: no padding makes that base64.
  if (unpadded.length % 4 === 1) return undefined;
  return unpadded.padEnd(Math.ceil(unpadded.length / 4) * 4, '=');
}
