import {
  SipgateIOAbortError,
  SipgateIOError,
  SipgateIONotFoundError,
  SipgateIOPermissionError,
  SipgateIOValidationError,
} from '@sipgateio/core';
import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FAXLINES_RESPONSE, faxHistoryEntry, SMS_HISTORY_ENTRY } from './__fixtures__/history.js';
import { FaxStatusTimeoutError } from './errors.js';
import { createFaxModule } from './fax.js';
import { FaxStatus } from './fax.types.js';

setupNock();
afterEach(() => {
  vi.useRealTimers();
});

const fax = () => createFaxModule(createTestClient());

async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: Error) => error,
  );
}

describe('getFaxStatus', () => {
  it.each(Object.values(FaxStatus))('resolves faxStatusType %s from GET /history/{id}', async (status) => {
    api().get('/v2/history/fax-session-1').reply(200, faxHistoryEntry(status));
    expect(await fax().getFaxStatus('fax-session-1')).toBe(status);
  });

  it('exposes the statuses as a const object with the original enum values', () => {
    expect(FaxStatus).toEqual({
      SENT: 'SENT',
      PENDING: 'PENDING',
      FAILED: 'FAILED',
      SENDING: 'SENDING',
      SCHEDULED: 'SCHEDULED',
    });
  });

  it.each([
    ['an SMS entry', SMS_HISTORY_ENTRY],
    ['an entry without type', { id: 'x', faxStatusType: 'SENT' }],
  ])('rejects %s with "History item is not a fax"', async (_kind, entry) => {
    api().get('/v2/history/sms-1').reply(200, entry);
    const error = await rejection(fax().getFaxStatus('sms-1'));
    expect(error).toBeInstanceOf(SipgateIOError);
    expect(error.message).toBe('History item is not a fax');
  });

  it('404 rejects with "Fax was not found"', async () => {
    api().get('/v2/history/unknown').reply(404);
    const error = await rejection(fax().getFaxStatus('unknown'));
    expect(error).toBeInstanceOf(SipgateIONotFoundError);
    expect(error).toMatchObject({
      status: 404,
      method: 'GET',
      path: '/history/unknown',
      message: 'Fax was not found',
    });
  });

  it('percent-encodes the session id', async () => {
    api().get('/v2/history/a%2Fb').reply(200, faxHistoryEntry('SENT'));
    expect(await fax().getFaxStatus('a/b')).toBe('SENT');
  });

  it.each(['', '  ', undefined, 42])('rejects the session id %j before any request', async (sessionId) => {
    const error = await rejection(fax().getFaxStatus(sessionId as string));
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ field: 'sessionId' });
  });
});

describe('getFaxlines', () => {
  it('reads the authenticated web user, then GET /{w}/faxlines → items', async () => {
    api().get('/v2/authorization/userinfo').reply(200, { sub: 'w0' });
    api().get('/v2/w0/faxlines').reply(200, FAXLINES_RESPONSE);
    expect(await fax().getFaxlines()).toEqual(FAXLINES_RESPONSE.items);
  });

  it('asks for the web user once per module, not on every call', async () => {
    api().get('/v2/authorization/userinfo').once().reply(200, { sub: 'w0' });
    api().get('/v2/w0/faxlines').twice().reply(200, FAXLINES_RESPONSE);
    const module = fax();
    await module.getFaxlines();
    await module.getFaxlines();
  });

  it('asks again after a failed web user lookup', async () => {
    api().get('/v2/authorization/userinfo').reply(401);
    api().get('/v2/authorization/userinfo').reply(200, { sub: 'w0' });
    api().get('/v2/w0/faxlines').reply(200, FAXLINES_RESPONSE);
    const module = fax();
    await expect(module.getFaxlines()).rejects.toMatchObject({ status: 401, message: 'Unauthorized' });
    expect(await module.getFaxlines()).toEqual(FAXLINES_RESPONSE.items);
  });

  it('maps a 403 on the faxlines request', async () => {
    api().get('/v2/authorization/userinfo').reply(200, { sub: 'w0' });
    api().get('/v2/w0/faxlines').reply(403);
    const error = await rejection(fax().getFaxlines());
    expect(error).toBeInstanceOf(SipgateIOPermissionError);
    expect(error).toMatchObject({
      status: 403,
      path: '/w0/faxlines',
      message:
        'Reading fax lines is not allowed: fax is not booked for this account or the token lacks the faxlines:read scope' +
        ' (GET /w0/faxlines). The token needs one of the scopes faxlines:read, all.',
    });
  });
});

describe('getFaxlinesByWebUser', () => {
  it('GET /{w}/faxlines → items', async () => {
    api().get('/v2/w2/faxlines').reply(200, FAXLINES_RESPONSE);
    expect(await fax().getFaxlinesByWebUser('w2')).toEqual(FAXLINES_RESPONSE.items);
  });

  it.each([
    [403, SipgateIOPermissionError, /^Reading fax lines is not allowed/],
    [404, SipgateIONotFoundError, /^Web user w2 was not found$/],
  ])('maps %i', async (status, errorClass, message) => {
    api().get('/v2/w2/faxlines').reply(status);
    const error = await rejection(fax().getFaxlinesByWebUser('w2'));
    expect(error).toBeInstanceOf(errorClass);
    expect(error).toMatchObject({ status, method: 'GET', path: '/w2/faxlines' });
    expect(error.message).toMatch(message);
  });

  it.each(['', 'e0', 'w01', '../sms', undefined])('rejects the web user id %j', async (webuserId) => {
    const error = await rejection(fax().getFaxlinesByWebUser(webuserId as string));
    expect(error).toMatchObject({ name: 'SipgateIOValidationError', field: 'webuserId' });
  });
});

describe('waitForFaxStatus', () => {
  it('polls until SENT and resolves with it', async () => {
    api()
      .get('/v2/history/s1')
      .reply(200, faxHistoryEntry('PENDING'))
      .get('/v2/history/s1')
      .reply(200, faxHistoryEntry('SENDING'))
      .get('/v2/history/s1')
      .reply(200, faxHistoryEntry('SENT'));
    expect(await fax().waitForFaxStatus('s1', { interval: 5 })).toBe('SENT');
  });

  it('resolves FAILED as a final status', async () => {
    api()
      .get('/v2/history/s1')
      .reply(200, faxHistoryEntry('SCHEDULED'))
      .get('/v2/history/s1')
      .reply(200, faxHistoryEntry('FAILED'));
    expect(await fax().waitForFaxStatus('s1', { interval: 5 })).toBe('FAILED');
  });

  it('rejects with FaxStatusTimeoutError naming the last status seen', async () => {
    // persist(): how many polls fit into the timeout varies; a persisted interceptor is done once used.
    api().get('/v2/history/s1').reply(200, faxHistoryEntry('PENDING'));
    api().persist().get('/v2/history/s1').reply(200, faxHistoryEntry('SENDING'));
    const error = await rejection(fax().waitForFaxStatus('s1', { interval: 10, timeout: 100 }));
    expect(error).toBeInstanceOf(FaxStatusTimeoutError);
    expect(error).toBeInstanceOf(SipgateIOError);
    expect(error).toMatchObject({
      name: 'FaxStatusTimeoutError',
      sessionId: 's1',
      lastStatus: 'SENDING',
      timeout: 100,
    });
    expect(error.message).toBe(
      'Fax s1 did not reach SENT or FAILED within 100 ms (last status: SENDING). It may still be sent: check its status later.',
    );
  });

  it('times out a status request that hangs, with no status seen', async () => {
    api().get('/v2/history/s1').delay(1_000).reply(200, faxHistoryEntry('SENT'));
    const started = Date.now();
    const error = await rejection(fax().waitForFaxStatus('s1', { timeout: 50 }));
    expect(Date.now() - started).toBeLessThan(900);
    expect(error).toBeInstanceOf(FaxStatusTimeoutError);
    expect(error).toMatchObject({ lastStatus: undefined });
    expect(error.message).toContain('(last status: none received)');
  });

  it('aborts promptly while waiting between polls and clears every timer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    api().get('/v2/history/s1').reply(200, faxHistoryEntry('PENDING'));
    const controller = new AbortController();
    const waiting = fax().waitForFaxStatus('s1', {
      interval: 60_000,
      timeout: 600_000,
      signal: controller.signal,
    });
    const outcome = rejection(waiting);
    // Let the first poll complete; the loop then sleeps for the interval.
    await vi.waitFor(() => expect(vi.getTimerCount()).toBe(2), { interval: 5, timeout: 2_000 });
    controller.abort();
    const error = await outcome;
    expect(error).toBeInstanceOf(SipgateIOAbortError);
    expect(error).toMatchObject({ method: 'GET', path: '/history/s1' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('aborts a status request in flight', async () => {
    api().get('/v2/history/s1').delay(2_000).reply(200, faxHistoryEntry('SENT'));
    const controller = new AbortController();
    const started = Date.now();
    const outcome = rejection(fax().waitForFaxStatus('s1', { signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    const error = await outcome;
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(error).toBeInstanceOf(SipgateIOAbortError);
  });

  it('rejects at once for an already aborted signal, without a request', async () => {
    const error = await rejection(fax().waitForFaxStatus('s1', { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(SipgateIOAbortError);
  });

  it('does not swallow other errors while polling', async () => {
    api().get('/v2/history/s1').reply(404);
    const error = await rejection(fax().waitForFaxStatus('s1', { interval: 5 }));
    expect(error).toBeInstanceOf(SipgateIONotFoundError);
    expect(error.message).toBe('Fax was not found');
  });

  it.each([
    [{ timeout: 0 }, 'options.timeout'],
    [{ timeout: Number.POSITIVE_INFINITY }, 'options.timeout'],
    [{ timeout: 2 ** 31 }, 'options.timeout'],
    [{ interval: -1 }, 'options.interval'],
    [{ interval: Number.NaN }, 'options.interval'],
  ])('rejects the options %j', async (options, field) => {
    const error = await rejection(fax().waitForFaxStatus('s1', options));
    expect(error).toMatchObject({ name: 'SipgateIOValidationError', field });
  });

  it('rejects an empty session id', async () => {
    const error = await rejection(fax().waitForFaxStatus(''));
    expect(error).toMatchObject({ name: 'SipgateIOValidationError', field: 'sessionId' });
  });
});
