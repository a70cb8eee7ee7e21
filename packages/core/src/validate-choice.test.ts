import { describe, expect, it } from 'vitest';
import { SipgateIOValidationError } from './errors.js';
import { validateChoice } from './validate-choice.js';

const TARGETS = ['REJECT', 'VOICEMAIL'] as const;

describe('validateChoice', () => {
  it.each(TARGETS)('returns the allowed value %s', (value) => {
    expect(validateChoice(value, 'setting.target', TARGETS)).toBe(value);
  });

  it.each([
    ['HANGUP', '"HANGUP"'],
    ['reject', '"reject"'],
    [undefined, 'undefined'],
    [null, 'null'],
    [1, '1'],
  ])('rejects %o, naming the field and the allowed values', (value, shown) => {
    let thrown: unknown;
    try {
      validateChoice(value, 'setting.target', TARGETS);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SipgateIOValidationError);
    expect(thrown).toMatchObject({
      field: 'setting.target',
      message: `Invalid setting.target: expected one of REJECT, VOICEMAIL, got ${shown}`,
    });
  });
});
