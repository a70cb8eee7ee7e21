import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AuthCredentials, RequestOptions, SipgateIOClient, Webuser } from './index.js';
import * as core from './index.js';

describe('@sipgateio/core public surface', () => {
  it('exports every name feature packages build on (removing one is a breaking change)', () => {
    expect(Object.keys(core)).toEqual(
      expect.arrayContaining([
        'sipgateIO',
        'SipgateIOError',
        'SipgateIOValidationError',
        'SipgateIOHttpError',
        'SipgateIOAuthenticationError',
        'SipgateIOPermissionError',
        'SipgateIONotFoundError',
        'SipgateIORateLimitError',
        'SipgateIONetworkError',
        'SipgateIOTimeoutError',
        'SipgateIOAbortError',
        'SipgateIOOutcomeUnknownError',
        'isSipgateIOError',
        'validatePhoneNumber',
        'isPhoneNumber',
        'normalizePhoneNumber',
        'invalidPhoneNumberMessage',
        'validateExtension',
        'isExtension',
        'EXTENSION_TYPES',
        'validateEmail',
        'validatePassword',
        'validateTokenId',
        'validatePersonalAccessToken',
        'validateOAuthToken',
        'validateWebhookUrl',
        'bytesToBase64',
        'utf8ToBase64',
        'base64Length',
        'paginate',
        'validatePagination',
        'validatePageSize',
        'settleBounded',
        'validateBoolean',
        'validateChoice',
        'TRANSCRIPTION_UNAVAILABLE_MESSAGES',
        'validateId',
        'abortableSleep',
        'serializeQuery',
        'reviveDates',
        'describeRuntime',
        'SDK_VERSION',
        'COUNTRY_CALLING_CODES',
        'runExclusive',
      ]),
    );
  });

  it('types the client methods by the caller’s body type', () => {
    expectTypeOf<SipgateIOClient['get']>().returns.toEqualTypeOf<Promise<unknown>>();
    const client = {} as SipgateIOClient;
    expectTypeOf(client.get<{ items: string[] }>).returns.toEqualTypeOf<Promise<{ items: string[] }>>();
    expectTypeOf(client.getAuthenticatedWebuserId).returns.toEqualTypeOf<Promise<string>>();
    expectTypeOf(client.getWebUsers).returns.toEqualTypeOf<Promise<Webuser[]>>();
    expectTypeOf<{
      errorMessages: { 404: string };
      params: { id: string[]; at: Date };
    }>().toMatchTypeOf<RequestOptions>();
  });

  it('accepts the three credential kinds and a token function', () => {
    expectTypeOf<{ tokenId: string; token: string }>().toMatchTypeOf<AuthCredentials>();
    expectTypeOf<{ token: string }>().toMatchTypeOf<AuthCredentials>();
    expectTypeOf<{ token: () => Promise<string> }>().toMatchTypeOf<AuthCredentials>();
    expectTypeOf<{ username: string; password: string }>().toMatchTypeOf<AuthCredentials>();
    expectTypeOf<{ tokenId: string }>().not.toMatchTypeOf<AuthCredentials>();
  });
});
