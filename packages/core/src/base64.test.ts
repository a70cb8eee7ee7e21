import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64Length, base64ToBytes, bytesToBase64, utf8ToBase64 } from './base64.js';

function randomBytes(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let index = 0; index < size; index += 65_536) {
    crypto.getRandomValues(bytes.subarray(index, Math.min(size, index + 65_536)));
  }
  return bytes;
}

describe('bytesToBase64', () => {
  // 0x6000 bytes is the chunk size: sizes around it and several chunks long.
  it.each([0, 1, 2, 3, 4, 5, 0x5fff, 0x6000, 0x6001, 0x6002, 3 * 0x6000 + 1, 1_000_000])(
    'equals Buffer’s base64 for %i random bytes',
    (size) => {
      const bytes = randomBytes(size);
      const encoded = bytesToBase64(bytes);
      expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
      expect(encoded.length).toBe(base64Length(size));
    },
  );

  it('equals Buffer’s base64 for arbitrary byte arrays', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
    );
  });

  it('encodes a view into a larger buffer, not the whole buffer', () => {
    const whole = Uint8Array.from([1, 2, 3, 4, 5, 6]);
    expect(bytesToBase64(whole.subarray(2, 5))).toBe(Buffer.from([3, 4, 5]).toString('base64'));
  });
});

describe('utf8ToBase64', () => {
  it.each([
    ['an example sentence', 'YW4gZXhhbXBsZSBzZW50ZW5jZQ=='],
    ['€', '4oKs'],
    ['ä', 'w6Q='],
    ['😀', '8J+YgA=='],
    ['', ''],
  ])('encodes %j as UTF-8', (text, expected) => {
    expect(utf8ToBase64(text)).toBe(expected);
  });

  it('equals Buffer’s UTF-8 base64 for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(utf8ToBase64(text)).toBe(Buffer.from(text, 'utf8').toString('base64'));
      }),
    );
  });
});

describe('base64Length', () => {
  it.each([
    [0, 0],
    [1, 4],
    [2, 4],
    [3, 4],
    [4, 8],
    [20 * 1024 * 1024, 27_962_028],
  ])('is %i bytes → %i characters', (bytes, characters) => {
    expect(base64Length(bytes)).toBe(characters);
  });
});

describe('base64ToBytes', () => {
  it('decodes what bytesToBase64 encodes', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, index) => index);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });

  it.each([
    ['an empty text', ''],
    ['a length that is no multiple of four', 'YWJ'],
    ['a character outside the alphabet', 'YW*j'],
    ['padding in the middle', 'YQ==YWJj'],
    ['base64url characters', 'a-_b'],
  ])('rejects %s', (_case, text) => {
    expect(base64ToBytes(text)).toBeUndefined();
  });

  it('reads base64url without padding when asked to', () => {
    expect(new TextDecoder().decode(base64ToBytes('eyJhIjoiPz8_In0', { url: true }))).toBe('{"a":"???"}');
    expect(base64ToBytes('YWJjZ', { url: true })).toBeUndefined();
  });
});
