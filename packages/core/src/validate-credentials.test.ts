import { describe, expect, it } from 'vitest';
import { SipgateIOValidationError } from './errors.js';
import {
  validateEmail,
  validateOAuthToken,
  validatePassword,
  validatePersonalAccessToken,
  validateTokenId,
} from './validate-credentials.js';

function rejectionOf(run: () => unknown): SipgateIOValidationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    return error as SipgateIOValidationError;
  }
  throw new Error('expected a validation error');
}

const segment = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('validateEmail', () => {
  it.each([
    'testUsername@test.d',
    'a.b+c@sub.example.co',
    'UPPER@EXAMPLE.DE',
    "o'brien@example.ie",
    'x@localhost',
  ])('accepts %s', (value) => {
    expect(validateEmail(value)).toBe(value);
  });

  it.each<[unknown, string]>([
    ['testUsername', 'Invalid email: testUsername'],
    ['@test.de', 'Invalid email: @test.de'],
    ['@', 'Invalid email: @'],
    [' ', 'Invalid email:  '],
    ['', 'Invalid email: <empty>'],
    [undefined, 'Invalid email: <empty>'],
    ['a@', 'Invalid email: a@'],
    ['a b@example.com', 'Invalid email: a b@example.com'],
    ['a@b..de', 'Invalid email: a@b..de'],
    ['a@-b.de', 'Invalid email: a@-b.de'],
  ])('rejects %j with %j', (value, message) => {
    expect(rejectionOf(() => validateEmail(value, 'username'))).toMatchObject({ message, field: 'username' });
  });
});

describe('validatePassword', () => {
  it.each(['x', 'pässwort€', 'p@ss:word!'])('accepts %s', (value) => {
    expect(validatePassword(value)).toBe(value);
  });

  it.each<[string, unknown]>([
    ['empty', ''],
    ['an inner space', 'pass word'],
    ['a leading space', ' password'],
    ['a tab', 'pass\tword'],
    ['undefined', undefined],
  ])('rejects %s with "Invalid password" and never shows it', (_case, value) => {
    const error = rejectionOf(() => validatePassword(value, 'password'));
    expect(error.message).toBe('Invalid password');
    expect(error.field).toBe('password');
  });
});

describe('validateTokenId', () => {
  it.each(['token-123456', 'token-6HEF5K', 'token-abcdef', 'token-FQ1V12'])('accepts %s', (value) => {
    expect(validateTokenId(value)).toBe(value);
  });

  it.each<[unknown, string]>([
    ['token-1234567', 'Invalid token id: token-1234567'],
    ['token-93426892', 'Invalid token id: token-93426892'],
    ['token-12345', 'Invalid token id: token-12345'],
    ['TOKEN-123456', 'Invalid token id: TOKEN-123456'],
    ['token-12345ü', 'Invalid token id: token-12345ü'],
    ['token_123456', 'Invalid token id: token_123456'],
    [' token-123456', 'Invalid token id:  token-123456'],
    ['', 'Invalid token id: <empty>'],
    [undefined, 'Invalid token id: <empty>'],
  ])('rejects %j', (value, message) => {
    expect(rejectionOf(() => validateTokenId(value, 'tokenId'))).toMatchObject({ message, field: 'tokenId' });
  });
});

describe('validatePersonalAccessToken', () => {
  it.each([
    'e68ead46-a7db-46cd-8a1a-44aed1e4e372',
    'E68EAD46-A7DB-46CD-8A1A-44AED1E4E372',
    '00000000-0000-4000-b000-000000000000',
    '00000000-0000-4000-9000-000000000000',
  ])('accepts %s', (value) => {
    expect(validatePersonalAccessToken(value)).toBe(value);
  });

  it.each<[string, unknown]>([
    ['a 4-group UUID', 'e68ead46-a7db-46cd-8a1a44aed1e4e372'],
    ['a v1 UUID', 'e68ead46-a7db-16cd-8a1a-44aed1e4e372'],
    ['a wrong variant', 'e68ead46-a7db-46cd-ca1a-44aed1e4e372'],
    ['a non-hex character', 'g68ead46-a7db-46cd-8a1a-44aed1e4e372'],
    ['surrounding space', ' e68ead46-a7db-46cd-8a1a-44aed1e4e372'],
    ['empty', ''],
    ['undefined', undefined],
  ])('rejects %s without echoing it', (_case, value) => {
    const error = rejectionOf(() => validatePersonalAccessToken(value, 'token'));
    expect(error.message.startsWith('Invalid personal access token')).toBe(true);
    expect(error.field).toBe('token');
    if (typeof value === 'string' && value !== '') expect(error.message).not.toContain(value.trim());
  });

  it('shows <empty> for an empty token', () => {
    expect(rejectionOf(() => validatePersonalAccessToken('')).message).toBe(
      'Invalid personal access token: <empty>',
    );
  });
});

describe('validateOAuthToken', () => {
  it.each([
    ['a base64url payload with - and _', `h.${segment('{"a":"???>>>"}')}.s`],
    ['a padded base64 payload', `h.${Buffer.from('{"a":1}').toString('base64')}.s`],
    ['a payload with UTF-8 text', `h.${segment('{"name":"Jürgen €"}')}.s`],
    ['a two-segment token', `h.${segment('{}')}`],
    ['an empty signature', `h.${segment('{"sub":"w0"}')}.`],
  ])('accepts %s', (_case, token) => {
    expect(segment('{"a":"???>>>"}')).toMatch(/[-_]/);
    expect(validateOAuthToken(token)).toBe(token);
  });

  it.each<[string, unknown]>([
    ['a payload that is not JSON', `h.${segment('not json')}.s`],
    ['an empty payload', 'h..s'],
    ['no dots', 'abcdef'],
    ['empty', ''],
    ['characters outside base64', 'h.e30*.s'],
    ['an impossible base64 length', 'h.e30ab.s'],
    ['undefined', undefined],
    ['a number', 42],
  ])('rejects %s', (_case, token) => {
    const error = rejectionOf(() => validateOAuthToken(token, 'credentials.token'));
    expect(error).toMatchObject({
      message: 'The provided OAuth token is invalid',
      field: 'credentials.token',
    });
  });
});
