import {
  SipgateIOHttpError,
  SipgateIONotFoundError,
  SipgateIOOutcomeUnknownError,
  SipgateIOPermissionError,
} from '@sipgateio/core';
import { api, createTestClient, type nock, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { ESTABLISHED_CALLS_RESPONSE } from './__fixtures__/calls.js';
import { createRTCMModule } from './rtcm.js';
import type { CallLike, RTCMModule } from './rtcm.types.js';

setupNock();

const call: CallLike = { callId: 'call-1' };
const rtcm = (): RTCMModule => createRTCMModule(createTestClient());

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('getEstablishedCalls', () => {
  it('resolves the data array of GET /calls', async () => {
    api().get('/v2/calls').reply(200, ESTABLISHED_CALLS_RESPONSE);
    expect(await rtcm().getEstablishedCalls()).toEqual(ESTABLISHED_CALLS_RESPONSE.data);
  });

  it('resolves an empty list when no call is established', async () => {
    api().get('/v2/calls').reply(200, { data: [] });
    expect(await rtcm().getEstablishedCalls()).toEqual([]);
  });

  it('keeps core classes for statuses RTCM has no message for (403)', async () => {
    api().get('/v2/calls').reply(403);
    const error = await rejection(rtcm().getEstablishedCalls());
    expect(error).toBeInstanceOf(SipgateIOPermissionError);
    expect(error).toMatchObject({
      status: 403,
      method: 'GET',
      path: '/calls',
      message: 'Forbidden (GET /calls). The token needs one of the scopes rtcm:read, all.',
    });
  });
});

describe('actions send the exact request', () => {
  it('mute: PUT /calls/{id}/muted {value}', async () => {
    api().put('/v2/calls/call-1/muted', { value: true }).reply(204);
    await expect(rtcm().mute(call, true)).resolves.toBeUndefined();
  });

  it('unmute: PUT /calls/{id}/muted {value: false}', async () => {
    api().put('/v2/calls/call-1/muted', { value: false }).reply(204);
    await expect(rtcm().mute(call, false)).resolves.toBeUndefined();
  });

  it('record: PUT /calls/{id}/recording {announcement, value}', async () => {
    api().put('/v2/calls/call-1/recording', { announcement: true, value: true }).reply(204);
    await expect(rtcm().record(call, { announcement: true, value: true })).resolves.toBeUndefined();
  });

  it('announce: POST /calls/{id}/announcements {url}', async () => {
    const url = 'https://example.com/audio/announcement.wav';
    api().post('/v2/calls/call-1/announcements', { url }).reply(204);
    await expect(rtcm().announce(call, url)).resolves.toBeUndefined();
  });

  it('transfer: POST /calls/{id}/transfer {attended, phoneNumber} with the number in E.164 form', async () => {
    api().post('/v2/calls/call-1/transfer', { attended: true, phoneNumber: '+4921112345678' }).reply(204);
    await expect(
      rtcm().transfer(call, { attended: true, phoneNumber: '+49 211 1234-5678' }),
    ).resolves.toBeUndefined();
  });

  it('transfer: accepts an extension as target and sends the optional callerId', async () => {
    api()
      .post('/v2/calls/call-1/transfer', { attended: false, phoneNumber: 'p2', callerId: '+4921187654321' })
      .reply(204);
    await expect(
      rtcm().transfer(call, { attended: false, phoneNumber: 'p2', callerId: '+4921187654321' }),
    ).resolves.toBeUndefined();
  });

  it('sendDTMF: POST /calls/{id}/dtmf with the sequence upper-cased', async () => {
    api().post('/v2/calls/call-1/dtmf', { sequence: 'ABC' }).reply(204);
    await expect(rtcm().sendDTMF(call, 'abc')).resolves.toBeUndefined();
  });

  it('hold: PUT /calls/{id}/hold {value}', async () => {
    api().put('/v2/calls/call-1/hold', { value: true }).reply(204);
    await expect(rtcm().hold(call, true)).resolves.toBeUndefined();
  });

  it('hangUp: DELETE /calls/{id}', async () => {
    api().delete('/v2/calls/call-1').reply(204);
    await expect(rtcm().hangUp(call)).resolves.toBeUndefined();
  });

  it('accepts a full RTCMCall from getEstablishedCalls', async () => {
    const [established] = ESTABLISHED_CALLS_RESPONSE.data;
    api().delete(`/v2/calls/${established!.callId}`).reply(204);
    await rtcm().hangUp(established!);
  });

  it('percent-encodes the call id in the path', async () => {
    api().delete('/v2/calls/a%2Fb%3Fc%20d').reply(204);
    await rtcm().hangUp({ callId: 'a/b?c d' });
  });
});

describe('call not found (404)', () => {
  const actions: [
    string,
    string,
    string,
    nock.RequestBodyMatcher | undefined,
    (module: RTCMModule) => Promise<void>,
  ][] = [
    ['mute', 'PUT', '/calls/call-1/muted', { value: true }, (m) => m.mute(call, true)],
    [
      'record',
      'PUT',
      '/calls/call-1/recording',
      { announcement: false, value: true },
      (m) => m.record(call, { announcement: false, value: true }),
    ],
    [
      'announce',
      'POST',
      '/calls/call-1/announcements',
      { url: 'http://example.com/a.wav' },
      (m) => m.announce(call, 'http://example.com/a.wav'),
    ],
    [
      'transfer',
      'POST',
      '/calls/call-1/transfer',
      { attended: true, phoneNumber: '+4921112345678' },
      (m) => m.transfer(call, { attended: true, phoneNumber: '+4921112345678' }),
    ],
    ['sendDTMF', 'POST', '/calls/call-1/dtmf', { sequence: '1' }, (m) => m.sendDTMF(call, '1')],
    ['hold', 'PUT', '/calls/call-1/hold', { value: false }, (m) => m.hold(call, false)],
    ['hangUp', 'DELETE', '/calls/call-1', undefined, (m) => m.hangUp(call)],
  ];

  it.each(actions)(
    '%s rejects with "The requested Call could not be found"',
    async (_name, method, path, body, act) => {
      api().intercept(`/v2${path}`, method, body).reply(404);
      const error = await rejection(act(rtcm()));
      expect(error).toBeInstanceOf(SipgateIONotFoundError);
      expect(error).toMatchObject({
        status: 404,
        method,
        path,
        message: 'The requested Call could not be found',
      });
    },
  );

  it('getEstablishedCalls maps 404 too', async () => {
    api().get('/v2/calls').reply(404);
    const error = await rejection(rtcm().getEstablishedCalls());
    expect(error).toBeInstanceOf(SipgateIONotFoundError);
    expect((error as Error).message).toBe('The requested Call could not be found');
  });

  it('keeps the general HTTP error with its status for other statuses (500)', async () => {
    api().delete('/v2/calls/call-1').reply(500, { errors: [] });
    const error = await rejection(rtcm().hangUp(call));
    expect(error).toBeInstanceOf(SipgateIOHttpError);
    expect(error).toMatchObject({
      status: 500,
      method: 'DELETE',
      path: '/calls/call-1',
      body: { errors: [] },
    });
  });

  it('says a POST whose answer never came may or may not have been carried out', async () => {
    api().post('/v2/calls/call-1/dtmf', { sequence: '1' }).delay(300).reply(204);
    const module = createRTCMModule(createTestClient({ timeout: 50 }));
    const error = await rejection(module.sendDTMF(call, '1'));
    expect(error).toBeInstanceOf(SipgateIOOutcomeUnknownError);
    expect((error as Error).message).toContain('the DTMF sequence may or may not have been sent');
  });
});
