import {
  SipgateIOAuthenticationError,
  SipgateIOHttpError,
  SipgateIONotFoundError,
  SipgateIOPermissionError,
  SipgateIORateLimitError,
} from '@sipgateio/core';
import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { createPhonelinesModule } from './phonelines.js';

setupNock();

const phonelines = createPhonelinesModule(createTestClient());
const line = { phonelineId: 'p0', userId: 'w0' };
const base = '/w0/phonelines/p0';
const forwarding = { destination: '+4915799912345', alias: 'Mobile', active: true };

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
type Call = [name: string, method: Method, path: string, send: () => Promise<unknown>];

const NOT_BOOKED = {
  forwardings:
    'Forwardings are not booked for this account or the token lacks the phonelines:forwardings scope',
  parallel:
    'Parallel forwardings are not booked for this account or the token lacks the phonelines:parallelforwardings scope',
  voicemail: 'Voicemail is not booked for this account or the token lacks the phonelines:voicemails scope',
  transcription:
    'Transcription is not available for this voicemail (see canTranscribe) or the token lacks the phonelines:voicemails:write scope',
};

// Every function with the statuses it words itself: [function, method, path, call, status, class, message].
const mapped: [...Call, number, typeof SipgateIOHttpError, string][] = [
  [
    'listPhonelines',
    'GET',
    '/w0/phonelines',
    () => phonelines.listPhonelines({ userId: 'w0' }),
    404,
    SipgateIONotFoundError,
    'Web user w0 was not found',
  ],
  [
    'getPhoneline',
    'GET',
    base,
    () => phonelines.getPhoneline(line),
    404,
    SipgateIONotFoundError,
    'Phoneline p0 was not found',
  ],
  [
    'createPhoneline',
    'POST',
    '/w0/phonelines',
    () => phonelines.createPhoneline({ userId: 'w0' }),
    404,
    SipgateIONotFoundError,
    'Web user w0 was not found',
  ],
  [
    'renamePhoneline',
    'PUT',
    base,
    () => phonelines.renamePhoneline(line, 'New'),
    404,
    SipgateIONotFoundError,
    'Phoneline p0 was not found',
  ],
  [
    'deletePhoneline',
    'DELETE',
    base,
    () => phonelines.deletePhoneline(line),
    404,
    SipgateIONotFoundError,
    'Phoneline p0 was not found',
  ],
  [
    'listNumbers',
    'GET',
    `${base}/numbers`,
    () => phonelines.listNumbers(line),
    404,
    SipgateIONotFoundError,
    'Phoneline p0 was not found',
  ],
  [
    'listDevices',
    'GET',
    `${base}/devices`,
    () => phonelines.listDevices(line),
    404,
    SipgateIONotFoundError,
    'Phoneline p0 was not found',
  ],
  [
    'assignDevice',
    'POST',
    `${base}/devices`,
    () => phonelines.assignDevice(line, 'e1'),
    404,
    SipgateIONotFoundError,
    'Phoneline p0 or device e1 was not found',
  ],
  [
    'removeDevice',
    'DELETE',
    `${base}/devices/e1`,
    () => phonelines.removeDevice(line, 'e1'),
    404,
    SipgateIONotFoundError,
    'Phoneline p0 or device e1 was not found',
  ],
  [
    'getForwardings',
    'GET',
    `${base}/forwardings`,
    () => phonelines.getForwardings(line),
    403,
    SipgateIOPermissionError,
    NOT_BOOKED.forwardings,
  ],
  [
    'getForwardings',
    'GET',
    `${base}/forwardings`,
    () => phonelines.getForwardings(line),
    404,
    SipgateIONotFoundError,
    'Phoneline p0 was not found',
  ],
  [
    'setForwardings',
    'PUT',
    `${base}/forwardings`,
    () => phonelines.setForwardings(line, []),
    403,
    SipgateIOPermissionError,
    NOT_BOOKED.forwardings,
  ],
  [
    'setForwardings',
    'PUT',
    `${base}/forwardings`,
    () => phonelines.setForwardings(line, []),
    404,
    SipgateIONotFoundError,
    'Phoneline p0 was not found',
  ],
  [
    'listParallelForwardings',
    'GET',
    `${base}/parallelforwardings`,
    () => phonelines.listParallelForwardings(line),
    403,
    SipgateIOPermissionError,
    NOT_BOOKED.parallel,
  ],
  [
    'createParallelForwarding',
    'POST',
    `${base}/parallelforwardings`,
    () => phonelines.createParallelForwarding(line, forwarding),
    403,
    SipgateIOPermissionError,
    NOT_BOOKED.parallel,
  ],
  [
    'updateParallelForwarding',
    'PUT',
    `${base}/parallelforwardings/x0`,
    () => phonelines.updateParallelForwarding(line, { ...forwarding, id: 'x0' }),
    404,
    SipgateIONotFoundError,
    'Parallel forwarding x0 was not found',
  ],
  [
    'deleteParallelForwarding',
    'DELETE',
    `${base}/parallelforwardings/x0`,
    () => phonelines.deleteParallelForwarding(line, 'x0'),
    404,
    SipgateIONotFoundError,
    'Parallel forwarding x0 was not found',
  ],
  [
    'getBlockAnonymous',
    'GET',
    `${base}/blockanonymous`,
    () => phonelines.getBlockAnonymous(line),
    404,
    SipgateIONotFoundError,
    'Phoneline p0 was not found',
  ],
  [
    'setBlockAnonymous',
    'PUT',
    `${base}/blockanonymous`,
    () => phonelines.setBlockAnonymous(line, { enabled: true, target: 'REJECT' }),
    404,
    SipgateIONotFoundError,
    'Phoneline p0 was not found',
  ],
  [
    'getBusyOnBusy',
    'GET',
    '/users/w0',
    () => phonelines.getBusyOnBusy({ userId: 'w0' }),
    404,
    SipgateIONotFoundError,
    'Web user w0 was not found',
  ],
  [
    'setBusyOnBusy',
    'PUT',
    '/users/w0/busyonbusy',
    () => phonelines.setBusyOnBusy(true, { userId: 'w0' }),
    404,
    SipgateIONotFoundError,
    'Web user w0 was not found',
  ],
  [
    'listVoicemails',
    'GET',
    `${base}/voicemails`,
    () => phonelines.listVoicemails(line),
    403,
    SipgateIOPermissionError,
    NOT_BOOKED.voicemail,
  ],
  [
    'setVoicemailSettings',
    'PUT',
    `${base}/voicemails/v0`,
    () => phonelines.setVoicemailSettings(line, { voicemailId: 'v0', active: true, transcription: true }),
    403,
    SipgateIOPermissionError,
    NOT_BOOKED.transcription,
  ],
  [
    'setVoicemailSettings',
    'PUT',
    `${base}/voicemails/v0`,
    () => phonelines.setVoicemailSettings(line, { voicemailId: 'v0', active: true, transcription: true }),
    404,
    SipgateIONotFoundError,
    'Voicemail v0 was not found',
  ],
  [
    'listGreetings',
    'GET',
    `${base}/voicemails/v0/greetings`,
    () => phonelines.listGreetings(line, 'v0'),
    404,
    SipgateIONotFoundError,
    'Voicemail v0 was not found',
  ],
  [
    'uploadGreeting',
    'POST',
    `${base}/voicemails/v0/greetings`,
    () =>
      phonelines.uploadGreeting(line, {
        voicemailId: 'v0',
        filename: 'a.mp3',
        fileContent: new Uint8Array([1]),
      }),
    404,
    SipgateIONotFoundError,
    'Voicemail v0 was not found',
  ],
  [
    'activateGreeting',
    'PUT',
    `${base}/voicemails/v0/greetings/g1`,
    () => phonelines.activateGreeting(line, { voicemailId: 'v0', greetingId: 'g1' }),
    404,
    SipgateIONotFoundError,
    'Greeting g1 was not found',
  ],
  [
    'deleteGreeting',
    'DELETE',
    `${base}/voicemails/v0/greetings/g1`,
    () => phonelines.deleteGreeting(line, { voicemailId: 'v0', greetingId: 'g1' }),
    404,
    SipgateIONotFoundError,
    'Greeting g1 was not found',
  ],
];

function intercept(method: Method, path: string) {
  const scope = api();
  const url = `/v2${path}`;
  switch (method) {
    case 'GET':
      return scope.get(url);
    case 'DELETE':
      return scope.delete(url);
    case 'POST':
      return scope.post(url);
    case 'PUT':
      return scope.put(url);
  }
}

describe('error statuses', () => {
  it.each(mapped)(
    '%s: %s %s answered %i rejects with %o and its message',
    async (_name, method, path, send, status, errorClass, message) => {
      intercept(method, path).reply(status, { errors: [{ status }] });

      const error = await send().catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(errorClass);
      expect(error).toMatchObject({ message, status, method, path, body: { errors: [{ status }] } });
    },
  );

  it.each([
    [401, SipgateIOAuthenticationError],
    [403, SipgateIOPermissionError],
    [429, SipgateIORateLimitError],
    [500, SipgateIOHttpError],
  ])('a status %i the module does not word keeps core class and message', async (status, errorClass) => {
    api().get('/v2/w0/phonelines/p0').reply(status, {});

    const error = await phonelines.getPhoneline(line).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(errorClass);
    expect(error).toMatchObject({ status, method: 'GET', path: '/w0/phonelines/p0' });
  });

  it('a failed web user lookup rejects before the line is asked for', async () => {
    api().get('/v2/authorization/userinfo').reply(401, {});

    await expect(createPhonelinesModule(createTestClient()).getPhoneline('p0')).rejects.toBeInstanceOf(
      SipgateIOAuthenticationError,
    );
  });
});
