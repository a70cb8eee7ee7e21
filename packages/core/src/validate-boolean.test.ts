import { describe, expect, it } from 'vitest';
import { SipgateIOValidationError } from './errors.js';
import { validateBoolean } from './validate-boolean.js';

describe('validateBoolean', () => {
  it.each([true, false])('returns %s', (value) => {
    expect(validateBoolean(value, 'status')).toBe(value);
  });

  it.each([
    ['true', '"true"'],
    [1, '1'],
    [undefined, 'undefined'],
    [null, 'null'],
  ])('rejects %o naming the field', (value, shown) => {
    expect(() => validateBoolean(value, 'recordOptions.value')).toThrow(SipgateIOValidationError);
    try {
      validateBoolean(value, 'recordOptions.value');
    } catch (error) {
      expect(error).toMatchObject({
        field: 'recordOptions.value',
        message: `recordOptions.value must be true or false, got ${shown}`,
      });
    }
  });
});
