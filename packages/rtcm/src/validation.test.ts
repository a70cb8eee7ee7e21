import { SipgateIOValidationError } from '@sipgateio/core';
import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { createRTCMModule } from './rtcm.js';
import type { CallLike, RTCMModule, TransferOptions } from './rtcm.types.js';

// No interceptor is registered in the rejecting cases: a request would fail the test with a network error
// instead of the validation error, and setupNock() refuses real connections.
setupNock();

const call: CallLike = { callId: 'call-1' };
const rtcm = (): RTCMModule => createRTCMModule(createTestClient());

async function validationError(promise: Promise<unknown>): Promise<SipgateIOValidationError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(SipgateIOValidationError);
  return error as SipgateIOValidationError;
}

describe('every action guards against a missing or malformed call', () => {
  const badCalls: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a string', 'call-1'],
    ['an object without callId', {}],
    ['an empty callId', { callId: '' }],
    ['a blank callId', { callId: '   ' }],
    ['a numeric callId', { callId: 42 }],
  ];
  const actions: [string, (module: RTCMModule, bad: CallLike) => Promise<unknown>][] = [
    ['mute', (m, c) => m.mute(c, true)],
    ['record', (m, c) => m.record(c, { announcement: false, value: true })],
    ['announce', (m, c) => m.announce(c, 'https://example.com/a.wav')],
    ['transfer', (m, c) => m.transfer(c, { attended: true, phoneNumber: '+4921112345678' })],
    ['sendDTMF', (m, c) => m.sendDTMF(c, '1')],
    ['hold', (m, c) => m.hold(c, true)],
    ['hangUp', (m, c) => m.hangUp(c)],
  ];
  const cases = actions.flatMap(([action, act]) =>
    badCalls.map(([label, bad]) => [action, label, act, bad] as const),
  );

  it.each(cases)('%s rejects %s with a validation error on call.callId (not a TypeError)', async (...row) => {
    const [, , act, bad] = row;
    const error = await validationError(act(rtcm(), bad as CallLike));
    expect(error.field).toBe('call.callId');
    expect(error.message).toMatch(/^Invalid call: expected an RTCMCall or an object with a non-empty callId/);
  });

  it('returns rejections, never synchronous throws', () => {
    const module = rtcm();
    const promise = module.hangUp(undefined as unknown as CallLike);
    expect(promise).toBeInstanceOf(Promise);
    return promise.catch(() => undefined);
  });
});

describe('sendDTMF sequence', () => {
  it.each(['12 34', ' *', 'aa ', '', ' A', 'E', '1+2', '０'])('rejects %j', async (sequence) => {
    const error = await validationError(rtcm().sendDTMF(call, sequence));
    expect(error.field).toBe('sequence');
    expect(error.message).toBe('The provided DTMF sequence is invalid');
  });

  it.each([undefined, null, 123])('rejects the non-string %j', async (sequence) => {
    const error = await validationError(rtcm().sendDTMF(call, sequence as unknown as string));
    expect(error.message).toBe('The provided DTMF sequence is invalid');
  });

  it.each([
    ['0123456789', '0123456789'],
    ['ABCD', 'ABCD'],
    ['abc', 'ABC'],
    ['aa', 'AA'],
    ['*AaBb#', '*AABB#'],
    ['0291*', '0291*'],
    ['*100#', '*100#'],
  ])('accepts %j and sends %j', async (sequence, sent) => {
    api().post('/v2/calls/call-1/dtmf', { sequence: sent }).reply(204);
    await rtcm().sendDTMF(call, sequence);
  });
});

describe('transfer targets are validated', () => {
  it.each([
    ['test', 'transferOptions.phoneNumber'],
    ['+49123456789#', 'transferOptions.phoneNumber'],
    ['+999123456', 'transferOptions.phoneNumber'],
    ['0211123456', 'transferOptions.phoneNumber'],
    ['', 'transferOptions.phoneNumber'],
    ['p01', 'transferOptions.phoneNumber'],
    [undefined, 'transferOptions.phoneNumber'],
  ])('rejects the target %j', async (phoneNumber, field) => {
    const options = { attended: true, phoneNumber } as TransferOptions;
    const error = await validationError(rtcm().transfer(call, options));
    expect(error.field).toBe(field);
    expect(error.message).toBe(
      `Invalid transfer target (expected a phone number in E.164 format or an extension): ${String(phoneNumber)}`,
    );
  });

  it('rejects an invalid callerId with the phone-number message', async () => {
    const options = { attended: true, phoneNumber: 'p0', callerId: '12345' };
    const error = await validationError(rtcm().transfer(call, options));
    expect(error.field).toBe('transferOptions.callerId');
    expect(error.message).toBe('Invalid phone number (please provide number in E.164 format): 12345');
  });

  it.each([undefined, 'yes', 1])('rejects attended = %j', async (attended) => {
    const options = { attended, phoneNumber: 'p0' } as unknown as TransferOptions;
    const error = await validationError(rtcm().transfer(call, options));
    expect(error.field).toBe('transferOptions.attended');
  });

  it('rejects missing options', async () => {
    const error = await validationError(rtcm().transfer(call, undefined as unknown as TransferOptions));
    expect(error.field).toBe('transferOptions');
  });

  it.each(['e7', 'y0', 'x12', 'g3'])('accepts the extension %j as target', async (phoneNumber) => {
    api().post('/v2/calls/call-1/transfer', { attended: false, phoneNumber }).reply(204);
    await rtcm().transfer(call, { attended: false, phoneNumber });
  });
});

describe('announce URL', () => {
  it.each(['', 'example.com/a.wav', 'ftp://example.com/a.wav', 'file:///tmp/a.wav', 'http://', 'https://'])(
    'rejects %j',
    async (url) => {
      const error = await validationError(rtcm().announce(call, url));
      expect(error.field).toBe('announcement');
      expect(error.message).toBe(`Invalid announcement URL: ${url}`);
    },
  );

  it.each(['http://example.com/a.wav', 'HTTPS://example.com/a.wav?x=1'])('accepts %j', async (url) => {
    api().post('/v2/calls/call-1/announcements', { url }).reply(204);
    await rtcm().announce(call, url);
  });
});

describe('boolean flags', () => {
  it.each([
    ['mute status', (m: RTCMModule) => m.mute(call, 'true' as unknown as boolean), 'status'],
    ['hold status', (m: RTCMModule) => m.hold(call, 1 as unknown as boolean), 'status'],
    [
      'record value',
      (m: RTCMModule) =>
        m.record(call, { announcement: true } as unknown as { announcement: boolean; value: boolean }),
      'recordOptions.value',
    ],
    [
      'record announcement',
      (m: RTCMModule) =>
        m.record(call, { value: true } as unknown as { announcement: boolean; value: boolean }),
      'recordOptions.announcement',
    ],
    [
      'record options missing',
      (m: RTCMModule) => m.record(call, undefined as unknown as { announcement: boolean; value: boolean }),
      'recordOptions.announcement',
    ],
  ])('rejects a non-boolean %s', async (_label, act, field) => {
    const error = await validationError(act(rtcm()));
    expect(error.field).toBe(field);
    expect(error.message).toMatch(new RegExp(`^${field.replace('.', '\\.')} must be true or false, got `));
  });
});
