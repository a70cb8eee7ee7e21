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
