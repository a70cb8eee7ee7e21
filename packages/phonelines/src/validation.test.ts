import { SipgateIOValidationError } from '@sipgateio/core';
import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { createPhonelinesModule } from './phonelines.js';
import type { PhonelinesModule } from './phonelines.types.js';

// Without interceptors any request fails with a network error, not the validation error asserted.
setupNock();

const phonelines = createPhonelinesModule(createTestClient());
const line = { phonelineId: 'p0', userId: 'w0' };
const forwarding = { destination: '+4915799912345', timeout: 20, active: true };
const parallel = { destination: '+4915799912345', alias: 'Mobile', active: true };
const audio = new Uint8Array([1, 2, 3]);

async function rejection(call: (module: PhonelinesModule) => Promise<unknown>): Promise<unknown> {
  return call(phonelines).catch((caught: unknown) => caught);
}

describe('validation before any request', () => {
  it.each([
    ['a phoneline id that is not p<n>', (m: PhonelinesModule) => m.getPhoneline('e0'), 'phonelineId'],
    ['an empty phoneline id', (m: PhonelinesModule) => m.listNumbers(''), 'phonelineId'],
    ['a path-like phoneline id', (m: PhonelinesModule) => m.deletePhoneline('p0/../p1'), 'phonelineId'],
    ['a user id that is not w<n>', (m: PhonelinesModule) => m.listPhonelines({ userId: 'p0' }), 'userId'],
    [
      'a bad user id on a line',
      (m: PhonelinesModule) => m.getForwardings({ phonelineId: 'p0', userId: 'W0' }),
      'userId',
    ],
    ['an empty alias', (m: PhonelinesModule) => m.renamePhoneline(line, ' '), 'alias'],
    [
      'an empty alias for a new line',
      (m: PhonelinesModule) => m.createPhoneline({ alias: '' }),
      'options.alias',
    ],
    ['a device id that is not a device', (m: PhonelinesModule) => m.assignDevice(line, 'p1'), 'deviceId'],
    ['a missing device id', (m: PhonelinesModule) => m.removeDevice(line, undefined as never), 'deviceId'],
    [
      'forwardings that are not a list',
      (m: PhonelinesModule) => m.setForwardings(line, forwarding as never),
      'forwardings',
    ],
    [
      'four forwardings',
      (m: PhonelinesModule) => m.setForwardings(line, [forwarding, forwarding, forwarding, forwarding]),
      'forwardings',
    ],
    [
      'a forwarding that is not an object',
      (m: PhonelinesModule) => m.setForwardings(line, [null as never]),
      'forwardings[0]',
    ],
    [
      'a national destination',
      (m: PhonelinesModule) => m.setForwardings(line, [{ ...forwarding, destination: '015799912345' }]),
      'forwardings[0].destination',
    ],
    [
      'a delay over 600 seconds',
      (m: PhonelinesModule) => m.setForwardings(line, [forwarding, { ...forwarding, timeout: 601 }]),
      'forwardings[1].timeout',
    ],
    [
      'a negative delay',
      (m: PhonelinesModule) => m.setForwardings(line, [{ ...forwarding, timeout: -1 }]),
      'forwardings[0].timeout',
    ],
    [
      'a fractional delay',
      (m: PhonelinesModule) => m.setForwardings(line, [{ ...forwarding, timeout: 2.5 }]),
      'forwardings[0].timeout',
    ],
    [
      'a string flag',
      (m: PhonelinesModule) => m.setForwardings(line, [{ ...forwarding, active: 'true' as never }]),
      'forwardings[0].active',
    ],
    [
      'a parallel forwarding to a bad number',
      (m: PhonelinesModule) => m.createParallelForwarding(line, { ...parallel, destination: 'mobile' }),
      'forwarding.destination',
    ],
    [
      'a parallel forwarding without alias',
      (m: PhonelinesModule) => m.createParallelForwarding(line, { ...parallel, alias: '' }),
      'forwarding.alias',
    ],
    [
      'a parallel forwarding without active',
      (m: PhonelinesModule) => m.createParallelForwarding(line, { ...parallel, active: undefined as never }),
      'forwarding.active',
    ],
    [
      'a parallel forwarding update without id',
      (m: PhonelinesModule) => m.updateParallelForwarding(line, { ...parallel, id: '' }),
      'forwarding.id',
    ],
    [
      'a parallel forwarding delete without id',
      (m: PhonelinesModule) => m.deleteParallelForwarding(line, ' '),
      'parallelForwardingId',
    ],
    [
      'a block-anonymous target that does not exist',
      (m: PhonelinesModule) => m.setBlockAnonymous(line, { enabled: true, target: 'HANGUP' as never }),
      'setting.target',
    ],
    [
      'a block-anonymous flag that is not boolean',
      (m: PhonelinesModule) => m.setBlockAnonymous(line, { enabled: 1 as never, target: 'REJECT' }),
      'setting.enabled',
    ],
    [
      'a busy-on-busy flag that is not boolean',
      (m: PhonelinesModule) => m.setBusyOnBusy('yes' as never),
      'enabled',
    ],
    [
      'a voicemail id that is not v<n>',
      (m: PhonelinesModule) =>
        m.setVoicemailSettings(line, { voicemailId: 'p0', active: true, transcription: false }),
      'settings.voicemailId',
    ],
    [
      'voicemail settings without transcription',
      (m: PhonelinesModule) => m.setVoicemailSettings(line, { voicemailId: 'v0', active: true } as never),
      'settings.transcription',
    ],
    [
      'a negative voicemail timeout',
      (m: PhonelinesModule) =>
        m.setVoicemailSettings(line, { voicemailId: 'v0', active: true, transcription: false, timeout: -5 }),
      'settings.timeout',
    ],
    ['greetings of a bad voicemail id', (m: PhonelinesModule) => m.listGreetings(line, 'x'), 'voicemailId'],
    [
      'a greeting without file name',
      (m: PhonelinesModule) =>
        m.uploadGreeting(line, { voicemailId: 'v0', filename: '', fileContent: audio }),
      'greeting.filename',
    ],
    [
      'an empty greeting file',
      (m: PhonelinesModule) =>
        m.uploadGreeting(line, { voicemailId: 'v0', filename: 'a.mp3', fileContent: new Uint8Array() }),
      'greeting.fileContent',
    ],
    [
      'a greeting given as text',
      (m: PhonelinesModule) =>
        m.uploadGreeting(line, { voicemailId: 'v0', filename: 'a.mp3', fileContent: 'abc' as never }),
      'greeting.fileContent',
    ],
    [
      'a greeting over 11.25 MB',
      (m: PhonelinesModule) =>
        m.uploadGreeting(line, {
          voicemailId: 'v0',
          filename: 'a.mp3',
          fileContent: new Uint8Array(11_250_001),
        }),
      'greeting.fileContent',
    ],
    [
      'activating a greeting without id',
      (m: PhonelinesModule) => m.activateGreeting(line, { voicemailId: 'v0', greetingId: '' }),
      'greeting.greetingId',
    ],
    [
      'deleting a greeting of a bad voicemail',
      (m: PhonelinesModule) => m.deleteGreeting(line, { voicemailId: '', greetingId: 'g1' }),
      'greeting.voicemailId',
    ],
  ])('rejects %s, naming the field', async (_case, call, field) => {
    const error = await rejection(call);

    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ field });
  });

  it('words a delay outside 0–600 seconds', async () => {
    await expect(
      rejection((m) => m.setForwardings(line, [{ ...forwarding, timeout: 900 }])),
    ).resolves.toMatchObject({
      message: 'forwardings[0].timeout must be a whole number from 0 to 600, got 900',
    });
  });

  it('words too many forwardings', async () => {
    await expect(
      rejection((m) => m.setForwardings(line, [forwarding, forwarding, forwarding, forwarding])),
    ).resolves.toMatchObject({ message: 'A phoneline has at most 3 forwardings, got 4' });
  });

  it('sends a greeting of exactly 11.25 MB, the most the API takes', async () => {
    api()
      .post(
        '/v2/w0/phonelines/p0/voicemails/v0/greetings',
        (body) => body.base64Content.length === 15_000_000,
      )
      .reply(200, { items: [] });

    await expect(
      phonelines.uploadGreeting(line, {
        voicemailId: 'v0',
        filename: 'a.mp3',
        fileContent: new Uint8Array(11_250_000),
      }),
    ).resolves.toEqual([]);
  });
});
