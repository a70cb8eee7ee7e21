import {
  SipgateIOHttpError,
  SipgateIOOutcomeUnknownError,
  SipgateIOPermissionError,
  SipgateIOValidationError,
} from '@sipgateio/core';
import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { createCallModule } from './call.js';
import type { CallData } from './call.types.js';

setupNock();

const call = () => createCallModule(createTestClient());

async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: Error) => error,
  );
}

// Expected outcomes of the original's validation tests, with the field our error names.
const PHONE = ['to', 'Invalid phone number (please provide number in E.164 format): +49++'] as const;
const CALLER = ['from', 'Caller is not a valid extension or phone number'] as const;
const EXTENSION = ['deviceId', 'Invalid extension'] as const;
const DEVICE_ID = ['deviceId', 'DeviceId is required if caller is not an extension'] as const;
const CALLER_ID = ['callerId', 'CallerId is not a valid phone number'] as const;
const VALID = 'valid' as const;

describe('initiate: the original 54-case validation matrix', () => {
  // to | from | callerId | deviceId | outcome. null means "not given" (the original's tests used null).
  it.each<[string, string, string | null, string | null, typeof VALID | readonly [string, string]]>([
    ['+4915177777777', '+49++', null, null, CALLER],
    ['+4915177777777', '+49++', null, 'g5', CALLER],
    ['+4915177777777', '+49++', null, 'p0', CALLER],
    ['+4915177777777', '+49++', '+49++', null, CALLER],
    ['+4915177777777', '+49++', '+49++', 'g5', CALLER],
    ['+4915177777777', '+49++', '+49++', 'p0', CALLER],
    ['+4915177777777', '+49++', '+4915177777777', null, CALLER],
    ['+4915177777777', '+49++', '+4915177777777', 'g5', CALLER],
    ['+4915177777777', '+49++', '+4915177777777', 'p0', CALLER],
    ['+4915177777777', '+4915177777777', null, null, DEVICE_ID],
    ['+4915177777777', '+4915177777777', null, 'g5', EXTENSION],
    ['+4915177777777', '+4915177777777', null, 'p0', VALID],
    ['+4915177777777', '+4915177777777', '+49++', null, DEVICE_ID],
    ['+4915177777777', '+4915177777777', '+49++', 'g5', EXTENSION],
    ['+4915177777777', '+4915177777777', '+49++', 'p0', CALLER_ID],
    ['+4915177777777', '+4915177777777', '+4915177777777', null, DEVICE_ID],
    ['+4915177777777', '+4915177777777', '+4915177777777', 'g5', EXTENSION],
    ['+4915177777777', '+4915177777777', '+4915177777777', 'p0', VALID],
    ['+4915177777777', 'e25', null, null, VALID],
    ['+4915177777777', 'e25', null, 'g5', EXTENSION],
    ['+4915177777777', 'e25', null, 'p0', VALID],
    ['+4915177777777', 'e25', '+49++', null, CALLER_ID],
    ['+4915177777777', 'e25', '+49++', 'g5', EXTENSION],
    ['+4915177777777', 'e25', '+49++', 'p0', CALLER_ID],
    ['+4915177777777', 'e25', '+4915177777777', null, VALID],
    ['+4915177777777', 'e25', '+4915177777777', 'g5', EXTENSION],
    ['+4915177777777', 'e25', '+4915177777777', 'p0', VALID],
    ['+49++', '+49++', null, null, PHONE],
    ['+49++', '+49++', null, 'g5', PHONE],
    ['+49++', '+49++', null, 'p0', PHONE],
    ['+49++', '+49++', '+49++', null, PHONE],
    ['+49++', '+49++', '+49++', 'g5', PHONE],
    ['+49++', '+49++', '+49++', 'p0', PHONE],
    ['+49++', '+49++', '+4915177777777', null, PHONE],
    ['+49++', '+49++', '+4915177777777', 'g5', PHONE],
    ['+49++', '+49++', '+4915177777777', 'p0', PHONE],
    ['+49++', '+4915177777777', null, null, PHONE],
    ['+49++', '+4915177777777', null, 'g5', PHONE],
    ['+49++', '+4915177777777', null, 'p0', PHONE],
    ['+49++', '+4915177777777', '+49++', null, PHONE],
    ['+49++', '+4915177777777', '+49++', 'g5', PHONE],
    ['+49++', '+4915177777777', '+49++', 'p0', PHONE],
    ['+49++', '+4915177777777', '+4915177777777', null, PHONE],
    ['+49++', '+4915177777777', '+4915177777777', 'g5', PHONE],
    ['+49++', '+4915177777777', '+4915177777777', 'p0', PHONE],
    ['+49++', 'e25', null, null, PHONE],
    ['+49++', 'e25', null, 'g5', PHONE],
    ['+49++', 'e25', null, 'p0', PHONE],
    ['+49++', 'e25', '+49++', null, PHONE],
    ['+49++', 'e25', '+49++', 'g5', PHONE],
    ['+49++', 'e25', '+49++', 'p0', PHONE],
    ['+49++', 'e25', '+4915177777777', null, PHONE],
    ['+49++', 'e25', '+4915177777777', 'g5', PHONE],
    ['+49++', 'e25', '+4915177777777', 'p0', PHONE],
  ])('to %s, from %s, callerId %s, deviceId %s → %j', async (to, from, callerId, deviceId, outcome) => {
    const callData = { to, from, callerId, deviceId } as unknown as CallData;
    if (outcome === VALID) {
      const body = {
        caller: from,
        callee: to,
        ...(callerId ? { callerId } : {}),
        ...(deviceId ? { deviceId } : {}),
      };
      api().post('/v2/sessions/calls', body).reply(200, { sessionId: 'session-1' });
      await expect(call().initiate(callData)).resolves.toEqual({ sessionId: 'session-1' });
      return;
    }
    const error = await rejection(call().initiate(callData));
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ field: outcome[0], message: outcome[1] });
  });
});

describe('initiate: validation details', () => {
  it('rejects a malformed extension such as e-18 as caller', async () => {
    const error = await rejection(
      call().initiate({ to: '+4915177777777', from: 'e-18', callerId: '+4915122222222' }),
    );
    expect(error).toMatchObject({ name: 'SipgateIOValidationError', field: 'from', message: CALLER[1] });
  });

  it.each(['g0', 'f0', 's0', 'w0', 'e01', 'E1'])(
    'rejects the non-device extension %j as caller',
    async (from) => {
      const error = await rejection(call().initiate({ to: '+4915177777777', from }));
      expect(error).toMatchObject({ field: 'from', message: CALLER[1] });
    },
  );

  it.each(['e0', 'p12', 'x3', 'y1'])(
    'accepts the device extension %j as caller without deviceId',
    async (from) => {
      api()
        .post('/v2/sessions/calls', { caller: from, callee: '+4915177777777' })
        .reply(200, { sessionId: 's' });
      await call().initiate({ to: '+4915177777777', from });
    },
  );

  it('rejects a callee that is not a phone number, with the value in the message', async () => {
    const error = await rejection(call().initiate({ to: 'not a phone number', from: 'e0' }));
    expect(error).toMatchObject({
      field: 'to',
      message: 'Invalid phone number (please provide number in E.164 format): not a phone number',
    });
  });

  it('rejects missing call data', async () => {
    const error = await rejection(call().initiate(undefined as unknown as CallData));
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ field: 'callData' });
  });

  it('returns a rejection, never a synchronous throw', async () => {
    const promise = call().initiate({ to: '', from: '' });
    expect(promise).toBeInstanceOf(Promise);
    await expect(promise).rejects.toBeInstanceOf(SipgateIOValidationError);
  });
});

describe('initiate: request', () => {
  it('sends caller, callee, callerId and deviceId with phone numbers in E.164 form', async () => {
    api()
      .post('/v2/sessions/calls', {
        caller: '+4921123456',
        callee: '+4921165432',
        callerId: '+4917012345678',
        deviceId: 'e14',
      })
      .reply(200, { sessionId: 'c0ffee' });
    const response = await call().initiate({
      from: '+49 211 23456',
      to: '+49 (211) 654-32',
      callerId: '+49 170 12345678',
      deviceId: 'e14',
    });
    expect(response).toEqual({ sessionId: 'c0ffee' });
  });

  it('leaves out callerId and deviceId when not given', async () => {
    api().post('/v2/sessions/calls', { caller: 'p0', callee: '+4921165432' }).reply(200, { sessionId: 'x' });
    await call().initiate({ from: 'p0', to: '+4921165432' });
  });

  it('leaves out empty-string callerId and deviceId as the original treated them as not given', async () => {
    api().post('/v2/sessions/calls', { caller: 'e14', callee: '+4921165432' }).reply(200, { sessionId: 'x' });
    await call().initiate({ from: 'e14', to: '+4921165432', callerId: '', deviceId: '' });
  });
});

describe('initiate: mapped statuses', () => {
  it.each([
    [400, SipgateIOHttpError, 'Invalid Call object'],
    [402, SipgateIOHttpError, 'Insufficient funds'],
    [
      403,
      SipgateIOPermissionError,
      'Cannot access extension - not found or forbidden (POST /sessions/calls). ' +
        'The token needs one of the scopes sessions:calls:write, sessions:write, all.',
    ],
    [401, SipgateIOHttpError, 'Unauthorized'],
    [500, SipgateIOHttpError, 'Request failed with status 500 Internal Server Error (POST /sessions/calls)'],
  ])('%i rejects with %O and %j', async (status, errorClass, message) => {
    api().post('/v2/sessions/calls', { caller: 'e8', callee: '+4915177777777' }).reply(status);
    const error = await rejection(call().initiate({ from: 'e8', to: '+4915177777777' }));
    expect(error).toBeInstanceOf(errorClass);
    expect(error).toMatchObject({ status, method: 'POST', path: '/sessions/calls', message });
  });

  it('is never retried and says the call may have started when no answer arrives', async () => {
    api().post('/v2/sessions/calls').once().delay(300).reply(200, { sessionId: 'late' });
    const module = createCallModule(createTestClient({ timeout: 50, retry: 2 }));
    const error = await rejection(module.initiate({ from: 'e8', to: '+4915177777777' }));
    expect(error).toBeInstanceOf(SipgateIOOutcomeUnknownError);
    expect(error.message).toContain('the call may or may not have been sent');
  });
});
