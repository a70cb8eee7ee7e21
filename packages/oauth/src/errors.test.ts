import { SipgateIONetworkError } from '@sipgateio/core';
import { describe, expect, it } from 'vitest';
import {
  isReauthorizationRequired,
  SipgateIOOAuthError,
  SipgateIOReauthorizationRequiredError,
} from './errors.js';

describe('isReauthorizationRequired', () => {
  const reauthorize = new SipgateIOReauthorizationRequiredError('sign in again', { error: 'invalid_grant' });

  it.each([
    ['the error itself', reauthorize, true],
    [
      'a wrapping error',
      new SipgateIONetworkError('wrapped', { method: 'GET', path: '/history' }, { cause: reauthorize }),
      true,
    ],
    ['another OAuth error', new SipgateIOOAuthError('other', { error: 'invalid_client' }), false],
    ['a non-error', 'invalid_grant', false],
  ])('answers for %s', (_name, error, expected) => {
    expect(isReauthorizationRequired(error)).toBe(expected);
  });
});
