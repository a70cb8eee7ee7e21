import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it, vi } from 'vitest';
import {
  isSipgateIOError,
  SipgateIOAbortError,
  SipgateIOAuthenticationError,
  SipgateIOError,
  SipgateIOHttpError,
  SipgateIONetworkError,
  SipgateIONotFoundError,
  SipgateIOOutcomeUnknownError,
  SipgateIOPermissionError,
  SipgateIORateLimitError,
  SipgateIOTimeoutError,
  SipgateIOValidationError,
} from './errors.js';
import { redact } from './map-error.js';

setupNock();

async function rejection(promise: Promise<unknown>): Promise<SipgateIOHttpError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (caught: unknown) => caught,
  );
  return error as SipgateIOHttpError;
}

const ERROR_BODY = { errors: [{ status: 400, title: 'Bad Request', detail: 'limit too large' }] };

describe('HTTP status → error class', () => {
  it.each<[number, string, typeof SipgateIOHttpError, string]>([
    [
      400,
      'Bad Request',
      SipgateIOHttpError,
      'Request failed with status 400 Bad Request (GET /history?limit=5)',
    ],
    [401, 'Unauthorized', SipgateIOAuthenticationError, 'Unauthorized'],
    [
      402,
      'Payment Required',
      SipgateIOHttpError,
      'Request failed with status 402 Payment Required (GET /history?limit=5)',
    ],
    [
      403,
      'Forbidden',
      SipgateIOPermissionError,
      'Forbidden (GET /history?limit=5). The token needs one of the scopes history:read, all.',
    ],
    [
      404,
      'Not Found',
      SipgateIONotFoundError,
      'Request failed with status 404 Not Found (GET /history?limit=5)',
    ],
    [409, 'Conflict', SipgateIOHttpError, 'Request failed with status 409 Conflict (GET /history?limit=5)'],
    [
      429,
      'Too Many Requests',
      SipgateIORateLimitError,
      'Request failed with status 429 Too Many Requests (GET /history?limit=5)',
    ],
    [
      500,
      'Internal Server Error',
      SipgateIOHttpError,
      'Request failed with status 500 Internal Server Error (GET /history?limit=5)',
    ],
    [
      503,
      'Service Unavailable',
      SipgateIOHttpError,
      'Request failed with status 503 Service Unavailable (GET /history?limit=5)',
    ],
  ])(
    'maps %i (%s) with status, method, path, JSON body and headers',
    async (status, statusText, ErrorClass, message) => {
      api()
        .get('/v2/history')
        .query({ limit: '5' })
        .reply(status, ERROR_BODY, { 'X-Request-Id': 'req-1', 'Content-Type': 'application/json' });
      const error = await rejection(createTestClient().get('/history', { params: { limit: 5 } }));
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error).toBeInstanceOf(SipgateIOHttpError);
      expect(error).toBeInstanceOf(SipgateIOError);
      expect(error.name).toBe(ErrorClass.name);
      expect(error.message).toBe(message);
      expect(error).toMatchObject({
        status,
        statusText,
        method: 'GET',
        path: '/history?limit=5',
        body: ERROR_BODY,
      });
      expect(error.headers['x-request-id']).toBe('req-1');
      expect(error.headers['content-type']).toBe('application/json');
      expect(isSipgateIOError(error)).toBe(true);
    },
  );

  it.each([
    ['POST', 'post'],
    ['PUT', 'put'],
    ['PATCH', 'patch'],
    ['DELETE', 'delete'],
  ] as const)('names the method %s', async (method, call) => {
    api().intercept('/v2/contacts/1', method).reply(404);
    const client = createTestClient();
    const error = await rejection(
      call === 'delete' ? client.delete('contacts/1') : client[call]('contacts/1', { name: 'x' }),
    );
    expect(error).toBeInstanceOf(SipgateIONotFoundError);
    expect(error).toMatchObject({ method, path: '/contacts/1', status: 404, body: undefined });
  });

  it('keeps a text body as text', async () => {
    api().get('/v2/text').reply(500, 'upstream exploded', { 'Content-Type': 'text/plain' });
    const error = await rejection(createTestClient().get('text'));
    expect(error.body).toBe('upstream exploded');
  });

  it('revives dates in a JSON error body like any other body', async () => {
    api().get('/v2/dated').reply(409, { at: '2024-01-01T00:00:00Z' });
    const error = await rejection(createTestClient().get('dated'));
    expect(error.body).toEqual({ at: new Date('2024-01-01T00:00:00Z') });
  });

  it.each([
    [401, SipgateIOAuthenticationError],
    [403, SipgateIOPermissionError],
    [404, SipgateIONotFoundError],
    [500, SipgateIOHttpError],
  ])('uses the feature’s message for %i but keeps the class', async (status, ErrorClass) => {
    api().post('/v2/sessions/sms', {}).reply(status);
    const error = await rejection(
      createTestClient().post('/sessions/sms', {}, { errorMessages: { [status]: 'Invalid SMS extension' } }),
    );
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error.message).toBe(
      status === 403
        ? 'Invalid SMS extension (POST /sessions/sms). The token needs one of the scopes sessions:sms:write, sessions:write, all.'
        : 'Invalid SMS extension',
    );
    expect(error.status).toBe(status);
  });

  it('falls back to the default message for statuses the feature did not name', async () => {
    api().get('/v2/x').reply(401);
    const error = await rejection(
      createTestClient().get('x', { errorMessages: { 404: 'Fax was not found' } }),
    );
    expect(error.message).toBe('Unauthorized');
  });
});

describe('429 Retry-After', () => {
  it('reads seconds', async () => {
    api().get('/v2/limited').reply(429, '', { 'Retry-After': '7' });
    const error = await rejection(createTestClient().get('limited'));
    expect(error).toBeInstanceOf(SipgateIORateLimitError);
    expect((error as SipgateIORateLimitError).retryAfter).toBe(7);
  });

  it('reads an HTTP date as seconds from now', async () => {
    const at = new Date(Date.now() + 120_000).toUTCString();
    api().get('/v2/limited').reply(429, '', { 'Retry-After': at });
    const error = (await rejection(createTestClient().get('limited'))) as SipgateIORateLimitError;
    expect(error.retryAfter).toBeGreaterThanOrEqual(118);
    expect(error.retryAfter).toBeLessThanOrEqual(121);
  });

  it.each([
    ['absent', undefined, undefined],
    ['garbage', 'soon', undefined],
    ['a date in the past', 'Wed, 21 Oct 2015 07:28:00 GMT', 0],
  ])('gives %s → %s', async (_case, header, expected) => {
    api()
      .get('/v2/limited')
      .reply(429, '', header === undefined ? {} : { 'Retry-After': header });
    const error = (await rejection(createTestClient().get('limited'))) as SipgateIORateLimitError;
    expect(error.retryAfter).toBe(expected);
  });
});

describe('isSipgateIOError', () => {
  it.each([
    ['SipgateIOError', new SipgateIOError('x')],
    ['validation', new SipgateIOValidationError('x', 'field')],
    ['network', new SipgateIONetworkError('x', { method: 'GET', path: '/' })],
    ['timeout', new SipgateIOTimeoutError('x', { method: 'GET', path: '/' })],
    ['abort', new SipgateIOAbortError('x', { method: 'GET', path: '/' })],
    [
      'outcome unknown',
      new SipgateIOOutcomeUnknownError('x', { method: 'POST', path: '/', reason: 'timeout' }),
    ],
  ])('is true for a %s error', (_case, error) => {
    expect(isSipgateIOError(error)).toBe(true);
    expect(error).toBeInstanceOf(Error);
  });

  it('is true for an error of another copy of core (Symbol.for brand)', () => {
    const foreign = Object.assign(new Error('from another copy'), { [Symbol.for('sipgateio.error')]: true });
    expect(foreign).not.toBeInstanceOf(SipgateIOError);
    expect(isSipgateIOError(foreign)).toBe(true);
    expect(isSipgateIOError({ [Symbol.for('sipgateio.error')]: true })).toBe(true);
  });

  it('is true for errors of a second loaded copy of the errors module, both ways', async () => {
    vi.resetModules();
    const copy = await import('./errors.js');
    expect(copy.SipgateIOError).not.toBe(SipgateIOError);
    const foreign = new copy.SipgateIONotFoundError('x', {
      method: 'GET',
      path: '/',
      status: 404,
      statusText: 'Not Found',
      body: undefined,
      headers: {},
    });
    expect(foreign).not.toBeInstanceOf(SipgateIOError);
    expect(isSipgateIOError(foreign)).toBe(true);
    expect(copy.isSipgateIOError(new SipgateIOValidationError('x', 'field'))).toBe(true);
  });

  it.each([
    ['a plain Error', new Error('x')],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'SipgateIOError'],
    ['an object with a local symbol', { [Symbol('sipgateio.error')]: true }],
    ['a brand that is not true', { [Symbol.for('sipgateio.error')]: 'yes' }],
  ])('is false for %s', (_case, value) => {
    expect(isSipgateIOError(value)).toBe(false);
  });

  it('gives every class a fixed name and keeps the cause', () => {
    const cause = new Error('inner');
    const error = new SipgateIONetworkError('outer', { method: 'GET', path: '/a' }, { cause });
    expect(error.name).toBe('SipgateIONetworkError');
    expect(error.cause).toBe(cause);
    expect(error).toMatchObject({ method: 'GET', path: '/a' });
  });
});

describe('redact', () => {
  it.each([
    ['Basic dG9rZW4tQUJDMTIzOnNlY3JldA==', 'Basic [redacted]'],
    ['authorization: Bearer eyJ.abc_-.x~+/=', 'authorization: Bearer [redacted]'],
    ['"authorization":"bearer abc"', '"authorization":"bearer [redacted]"'],
  ])('removes %s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('removes the given secrets wherever they occur', () => {
    expect(redact('token e68ead46 and again e68ead46', ['e68ead46'])).toBe(
      'token [redacted] and again [redacted]',
    );
  });
});
