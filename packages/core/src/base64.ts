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
