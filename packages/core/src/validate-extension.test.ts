import { describe, expect, it } from 'vitest';
import { SipgateIOValidationError } from './errors.js';
import { EXTENSION_TYPES, isExtension, validateExtension } from './validate-extension.js';

describe('validateExtension', () => {
  it('knows the sipgate type letters', () => {
    expect([...EXTENSION_TYPES].sort().join('')).toBe('acefghipqrstvwxy');
  });

  it.each([
    'a0',
    'c1',
    'e0',
    'e25',
    'f0',
    'f19',
    'g5',
    'h2',
    'i3',
    's999',
    'p0',
    'p12',
    'q1',
    'r1',
    't1',
    'v1',
    'w0',
    'x7',
    'y1',
  ])('accepts %s with the default letters', (value) => {
    expect(validateExtension(value, 'deviceId')).toBe(value);
    expect(isExtension(value)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['f01 (leading zero)', 'f01'],
    ['b (unknown letter, no number)', 'b'],
    ['b1 (unknown letter)', 'b1'],
    ['a space', ' '],
    ['empty', ''],
    ['e-18 (sign)', 'e-18'],
    ['e+1 (sign)', 'e+1'],
    ['E0 (upper case)', 'E0'],
    ['e (no number)', 'e'],
    ['e1.0', 'e1.0'],
    ['p 1 (inner space)', 'p 1'],
    [' p1 (leading space)', ' p1'],
    ['sokx5', 'sokx5'],
    ['xyz123', 'xyz123'],
    ['undefined', undefined],
    ['a number', 12],
  ])('rejects %s', (_case, value) => {
    expect(isExtension(value)).toBe(false);
    let thrown: unknown;
    try {
      validateExtension(value, 'smsId');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SipgateIOValidationError);
    expect(thrown).toMatchObject({ field: 'smsId', message: `Invalid extension: ${String(value)}` });
  });

  it.each<[string, string, boolean]>([
    ['f0', 'f', true],
    ['f19', 'f', true],
    ['e0', 'f', false],
    ['p19', 'pg', true],
    ['g0', 'pg', true],
    ['f19', 'pg', false],
    ['s0', 's', true],
    ['w0', 's', false],
  ])('checks %s against the letters %s → %s', (value, types, valid) => {
    expect(isExtension(value, types)).toBe(valid);
    if (valid) expect(validateExtension(value, 'field', types)).toBe(value);
    else expect(() => validateExtension(value, 'field', types)).toThrow(`Invalid extension: ${value}`);
  });
});
