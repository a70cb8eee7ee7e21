import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CALLING_CODES } from './country-calling-codes.js';
import { SipgateIOValidationError } from './errors.js';
import {
  invalidPhoneNumberMessage,
  isPhoneNumber,
  normalizePhoneNumber,
  validatePhoneNumber,
} from './validate-phone-number.js';

describe('validatePhoneNumber', () => {
  it.each([
    ['+4915739777777', '+4915739777777'],
    ['+49 (211) 123-456', '+49211123456'],
    ['+1 202 555 1212', '+12025551212'],
    ['+800 1234 5678', '+80012345678'],
    ['+882 1234 5678', '+88212345678'],
    ['  +49 30 1234567 ', '+49301234567'],
    ['+49.211.123456', '+49211123456'],
    ['+49/211/123456', '+49211123456'],
    ['+49\u00a0211\u00a0123456', '+49211123456'],
    ['+44 20 7946 0958', '+442079460958'],
    ['+1 800 FLOWERS', '+18003569377'],
    ['+1 800 flowers', '+18003569377'],
    ['+3531234', '+3531234'],
    ['+49 (0) 211 123456', '+49211123456'],
    ['+49 (0)30 1234567', '+49301234567'],
    ['+44 (0)20 7946 0958', '+442079460958'],
    ['+39 06 1234 5678', '+390612345678'],
    ['+4912', '+4912'],
    [`+49${'1'.repeat(17)}`, `+49${'1'.repeat(17)}`],
  ])('accepts %j and returns E.164 %s', (value, expected) => {
    expect(validatePhoneNumber(value, 'to')).toBe(expected);
    expect(normalizePhoneNumber(value)).toBe(expected);
    expect(isPhoneNumber(value)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['text', 'text'],
    ['a space', ' '],
    ['empty', ''],
    ['no plus', '4915739777777'],
    ['a doubled plus at the end', '+49++'],
    ['a doubled plus at the start', '++49211123456'],
    ['an unassigned country code', '+999 123'],
    ['another unassigned code', '+28 1234567'],
    ['too long national part (18 digits)', `+49${'1'.repeat(18)}`],
    ['too short national part (1 digit)', '+491'],
    ['just a plus', '+'],
    ['a hash', '+49 211 #123'],
    ['a plus inside', '+49 211+123'],
    ['undefined', undefined],
    ['null', null],
    ['a number', 4915739777777],
  ])('rejects %s', (_case, value) => {
    expect(isPhoneNumber(value)).toBe(false);
    expect(normalizePhoneNumber(value)).toBeUndefined();
    let thrown: unknown;
    try {
      validatePhoneNumber(value, 'recipient');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SipgateIOValidationError);
    expect(thrown).toMatchObject({
      field: 'recipient',
      message: `Invalid phone number (please provide number in E.164 format): ${String(value)}`,
    });
  });

  it('uses a single colon in its message', () => {
    expect(invalidPhoneNumberMessage('text')).toBe(
      'Invalid phone number (please provide number in E.164 format): text',
    );
    expect(invalidPhoneNumberMessage('text')).not.toContain('::');
    expect(invalidPhoneNumberMessage('text').match(/:/g)).toHaveLength(1);
  });
});

describe('normalizePhoneNumber (properties)', () => {
  const codes = [...COUNTRY_CALLING_CODES];
  const national = fc.stringMatching(/^[1-9][0-9]{1,16}$/);
  const separator = fc.constantFrom(' ', '-', '.', '/', '\u00a0', '');

  it('accepts every assigned code with a 2–17 digit national number, however it is spaced', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        national,
        fc.array(separator, { maxLength: 20 }),
        (code, digits, gaps) => {
          const spaced = [...digits].map((digit, index) => `${digit}${gaps[index] ?? ''}`).join('');
          expect(normalizePhoneNumber(`+${code} ${spaced}`)).toBe(`+${code}${digits}`);
        },
      ),
    );
  });

  it('rejects anything without a leading plus', () => {
    fc.assert(
      fc.property(fc.constantFrom(...codes), national, (code, digits) => {
        expect(isPhoneNumber(`${code}${digits}`)).toBe(false);
        expect(isPhoneNumber(`00${code}${digits}`)).toBe(false);
      }),
    );
  });

  it('is idempotent: a normalised number normalises to itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 25 }), (text) => {
        const once = normalizePhoneNumber(`+${text}`);
        if (once !== undefined) expect(normalizePhoneNumber(once)).toBe(once);
      }),
    );
  });
});
