import { describe, expect, it } from 'vitest';
import { SipgateIOValidationError } from './errors.js';
import { validateInteger } from './validate-integer.js';

describe('validateInteger', () => {
  it.each([0, 1, 600])('accepts %o within 0–600', (value) => {
    expect(validateInteger(value, 'timeout', { min: 0, max: 600 })).toBe(value);
  });

  it.each([
    [-1, 'timeout must be a whole number from 0 to 600, got -1'],
    [601, 'timeout must be a whole number from 0 to 600, got 601'],
    [1.5, 'timeout must be a whole number from 0 to 600, got 1.5'],
    ['5', 'timeout must be a whole number from 0 to 600, got "5"'],
    [Number.NaN, 'timeout must be a whole number from 0 to 600, got NaN'],
    [undefined, 'timeout must be a whole number from 0 to 600, got undefined'],
  ])('rejects %o naming the field', (value, message) => {
    const error = (() => {
      try {
        return validateInteger(value, 'timeout', { min: 0, max: 600 });
      } catch (caught) {
        return caught;
      }
    })();

    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ field: 'timeout', message });
  });

  it('words a range without upper end', () => {
    expect(() => validateInteger(-2, 'voicemail.timeout', { min: 0 })).toThrow(
      'voicemail.timeout must be a whole number of at least 0, got -2',
    );
  });
});
