import { describe, expect, it } from 'vitest';
import { SipgateIOValidationError } from './errors.js';
import { validateId } from './validate-id.js';

function failure(run: () => unknown): SipgateIOValidationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    return error as SipgateIOValidationError;
  }
  throw new Error('expected a validation error');
}

describe('validateId', () => {
  it.each(['abc', ' id ', 'fax/1'])('returns %o unchanged', (value) => {
    expect(validateId(value, 'sessionId')).toBe(value);
  });

  it.each([
    ['', '""'],
    ['  ', '"  "'],
    [undefined, 'undefined'],
    [null, 'null'],
    [42, '42'],
  ])('rejects %o with the default message', (value, shown) => {
    expect(failure(() => validateId(value, 'callId'))).toMatchObject({
      field: 'callId',
      message: `Invalid callId: expected a non-empty string, got ${shown}`,
    });
  });

  it('uses the feature message, built only on failure', () => {
    let built = 0;
    const message = (value: unknown) => {
      built++;
      return `Invalid fax session id: ${String(value)}`;
    };
    expect(validateId('s1', 'sessionId', { message })).toBe('s1');
    expect(built).toBe(0);
    expect(failure(() => validateId(undefined, 'sessionId', { message }))).toMatchObject({
      field: 'sessionId',
      message: 'Invalid fax session id: undefined',
    });
  });
});
