import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { SipgateIOValidationError } from './errors.js';
import { checkPhoneline, phonelinePaths } from './phoneline-reference.js';

setupNock();

describe('checkPhoneline', () => {
  it.each([
    ['p0', { phonelineId: 'p0', userId: undefined }],
    [{ phonelineId: 'p1' }, { phonelineId: 'p1', userId: undefined }],
    [
      { phonelineId: 'p1', userId: 'w1' },
      { phonelineId: 'p1', userId: 'w1' },
    ],
  ])('accepts %o', (phoneline, checked) => {
    expect(checkPhoneline(phoneline)).toEqual(checked);
  });

  it.each([
    [null, 'phonelineId', "Invalid phoneline: expected 'p0' or { userId, phonelineId }, got null"],
    [7, 'phonelineId', "Invalid phoneline: expected 'p0' or { userId, phonelineId }, got 7"],
    ['w0', 'phonelineId', 'Invalid extension: w0'],
    [{ phonelineId: 'p0', userId: 'p0' }, 'userId', 'Invalid extension: p0'],
  ])('refuses %o naming %s', (phoneline, field, message) => {
    expect(() => checkPhoneline(phoneline)).toThrow(SipgateIOValidationError);
    expect(() => checkPhoneline(phoneline)).toThrow(expect.objectContaining({ field, message }));
  });
});

describe('phonelinePaths', () => {
  it('uses the given user, and asks for the authenticated one once for every line that names none', async () => {
    api().get('/v2/authorization/userinfo').once().reply(200, { sub: 'w7' });
    const paths = phonelinePaths(createTestClient());

    expect(await paths({ phonelineId: 'p1', userId: 'w1' })).toEqual({ userId: 'w1', phonelineId: 'p1' });
    expect(await paths({ phonelineId: 'p0', userId: undefined })).toEqual({
      userId: 'w7',
      phonelineId: 'p0',
    });
    expect(await paths({ phonelineId: 'p2', userId: undefined })).toEqual({
      userId: 'w7',
      phonelineId: 'p2',
    });
  });
});
