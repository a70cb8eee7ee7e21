import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  base64Length,
  base64Stream,
  base64StreamLength,
  base64ToBytes,
  bytesToBase64,
  utf8ToBase64,
} from './base64.js';

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

describe('base64Stream', () => {
  async function chunksOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
    const chunks: Uint8Array[] = [];
    for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
    return chunks;
  }
  const text = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString('utf8');

  // 196,608 bytes is the slice size: sizes around one and several slices, each remainder modulo 3.
  it.each([0, 1, 2, 3, 196_607, 196_608, 196_609, 3 * 196_608 + 1, 3 * 196_608 + 2, 1_000_000])(
    'streams Buffer’s base64 of %i random bytes between prefix and suffix, its length known up front',
    async (size) => {
      const bytes = randomBytes(size);
      const around = { prefix: '{"a":"ä', suffix: '"}' };
      const streamed = text(await chunksOf(base64Stream(bytes, around)));
      expect(streamed).toBe(`{"a":"ä${Buffer.from(bytes).toString('base64')}"}`);
      expect(base64StreamLength(size, around)).toBe(Buffer.byteLength(streamed));
    },
  );

  it('streams the base64 alone without prefix or suffix', async () => {
    const bytes = randomBytes(1000);
    expect(text(await chunksOf(base64Stream(bytes)))).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64StreamLength(1000)).toBe(base64Length(1000));
  });

  it('encodes a slice only when it is read, never the whole input at once', async () => {
    const bytes = randomBytes(5 * 196_608);
    const reader = base64Stream(bytes, { prefix: 'p' }).getReader();
    const first = await reader.read();
    expect(Buffer.from(first.value ?? []).toString()).toBe('p');
    const second = await reader.read();
    expect(second.value?.length).toBe(base64Length(196_608));
    // Changing bytes not read yet shows in what is read later: they were not encoded ahead.
    bytes.fill(0, 196_608);
    const third = await reader.read();
    expect(Buffer.from(third.value ?? []).toString()).toBe(Buffer.alloc(196_608).toString('base64'));
    await reader.cancel();
  });
});
