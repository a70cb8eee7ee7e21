import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CALLING_CODES } from './country-calling-codes.js';

const require = createRequire(import.meta.url);
const metadata = require('libphonenumber-js/metadata.max.json') as {
  country_calling_codes: Record<string, unknown>;
  nonGeographic?: Record<string, unknown>;
};

describe('COUNTRY_CALLING_CODES', () => {
  const maintained = new Set([
    ...Object.keys(metadata.country_calling_codes),
    ...Object.keys(metadata.nonGeographic ?? {}),
  ]);

  it('lacks no code that libphonenumber-js knows', () => {
    expect([...maintained].filter((code) => !COUNTRY_CALLING_CODES.has(code)).sort()).toEqual([]);
  });

  it('has no code that libphonenumber-js lacks', () => {
    expect([...COUNTRY_CALLING_CODES].filter((code) => !maintained.has(code)).sort()).toEqual([]);
  });

  it('holds plausible entries: 1–3 digits, no leading zero, no duplicates, prefix-free', () => {
    const codes = [...COUNTRY_CALLING_CODES];
    expect(codes.length).toBeGreaterThan(200);
    for (const code of codes) expect(code).toMatch(/^[1-9]\d{0,2}$/);
    const prefixes = codes.flatMap((code) =>
      codes.filter((other) => other !== code && other.startsWith(code)).map((other) => `${code} < ${other}`),
    );
    expect(prefixes).toEqual([]);
    expect(COUNTRY_CALLING_CODES.has('49')).toBe(true);
    expect(COUNTRY_CALLING_CODES.has('800')).toBe(true);
  });
});
