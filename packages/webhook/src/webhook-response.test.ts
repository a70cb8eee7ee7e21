import { SipgateIOValidationError } from '@sipgateio/core';
import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { clearAudioCache } from './audio.js';
import { makeWav, startFileServer } from './test-helpers.js';
import { RejectReason } from './webhook.types.js';
import { WebhookResponse } from './webhook-response.js';

setupNock();

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
  clearAudioCache();
});

async function audioUrl(seconds = 0.05): Promise<string> {
  const files = await startFileServer({ '/a.wav': makeWav({ seconds }) });
  cleanups.push(files.close);
  return `${files.baseUrl}/a.wav`;
}

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Runs `action` while recording the timers it creates. */
async function recordTimers(action: () => Promise<unknown>): Promise<NodeJS.Timeout[]> {
  const original = globalThis.setTimeout;
  const timers: NodeJS.Timeout[] = [];
  globalThis.setTimeout = ((...args: Parameters<typeof original>) => {
    const timer = original(...args);
    timers.push(timer);
    return timer;
  }) as typeof original;
  try {
    await action();
  } finally {
    globalThis.setTimeout = original;
  }
  return timers;
}

describe('WebhookResponse', () => {
  it('builds the simple actions without touching the options', () => {
    const options = { numbers: ['+4915799912345'], anonymous: true, callerId: '+492111234567' };
    const frozen = structuredClone(options);
    const redirect = WebhookResponse.redirectCall(options);
    expect(redirect).toEqual({
      Dial: { _attributes: { callerId: '+492111234567', anonymous: 'true' }, Number: ['+4915799912345'] },
    });
    redirect.Dial.Number.push('changed');
    expect(options).toEqual(frozen);
    expect(WebhookResponse.rejectCall({ reason: RejectReason.REJECTED })).toEqual({
      Reject: { _attributes: { reason: 'rejected' } },
    });
    expect(WebhookResponse.hangUpCall()).toEqual({ Hangup: {} });
    expect(WebhookResponse.sendToVoicemail()).toEqual({ Dial: { Voicemail: {} } });
  });

  it.each([
    [() => WebhookResponse.redirectCall({ numbers: [] }), 'numbers'],
    [() => WebhookResponse.redirectCall({ numbers: [''] }), 'numbers'],
    [() => WebhookResponse.redirectCall({ numbers: ['1'], callerId: '' }), 'callerId'],
    [() => WebhookResponse.rejectCall({ reason: 'maybe' as never }), 'reason'],
  ])('validates options (%#)', (build, field) => {
    expect(build).toThrow(expect.objectContaining({ name: 'SipgateIOValidationError', field }));
  });

  it('gathers with and without a checked announcement', async () => {
    expect(await WebhookResponse.gatherDTMF({ maxDigits: 3, timeout: 10000 })).toEqual({
      Gather: { _attributes: { maxDigits: '3', timeout: '10000' } },
    });
    const url = await audioUrl();
    expect(await WebhookResponse.gatherDTMF({ maxDigits: 1, timeout: 0, announcement: url })).toEqual({
      Gather: { _attributes: { maxDigits: '1', timeout: '0' }, Play: { Url: url } },
    });
  });

  it.each([
    [{ maxDigits: 0, timeout: 1 }, 'maxDigits'],
    [{ maxDigits: 1, timeout: -1 }, 'timeout'],
    [{ maxDigits: '1', timeout: 1 }, 'maxDigits'],
  ])('rejects gather options %j', async (options, field) => {
    await expect(WebhookResponse.gatherDTMF(options as never)).rejects.toMatchObject({ field });
  });

  it('plays a checked announcement', async () => {
    const url = await audioUrl();
    expect(await WebhookResponse.playAudio({ announcement: url })).toEqual({ Play: { Url: url } });
    const files = await startFileServer({ '/bad.wav': makeWav({ sampleRate: 44100 }) });
    cleanups.push(files.close);
    await expect(
      WebhookResponse.playAudio({ announcement: `${files.baseUrl}/bad.wav` }),
    ).rejects.toBeInstanceOf(SipgateIOValidationError);
  });

  it('playAudioAndHangUp hangs up through RTCM after the audio plus timeout', async () => {
    const scope = api().delete('/v2/calls/call-1').reply(204);
    const url = await audioUrl(0.05);
    const errors: unknown[] = [];
    const started = Date.now();
    const play = await WebhookResponse.playAudioAndHangUp(
      { announcement: url },
      createTestClient(),
      'call-1',
      100,
      {
        onError: (error) => errors.push(error),
      },
    );
    expect(play).toEqual({ Play: { Url: url } });
    expect(scope.isDone()).toBe(false);
    await until(() => scope.isDone());
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(errors).toEqual([]);
  });

  it('playAudioAndTransfer transfers through RTCM', async () => {
    const scope = api()
      .post('/v2/calls/call-2/transfer', { attended: true, phoneNumber: '+4921112345678' })
      .reply(204);
    const url = await audioUrl(0.01);
    await WebhookResponse.playAudioAndTransfer(
      { announcement: url },
      { attended: true, phoneNumber: '+4921112345678' },
      createTestClient(),
      'call-2',
    );
    await until(() => scope.isDone());
  });

  it('the hang-up/transfer timer can be cancelled, does not keep the process alive, and reports its errors', async () => {
    const url = await audioUrl(0.05);
    const controller = new AbortController();
    const errors: unknown[] = [];
    await WebhookResponse.playAudio({ announcement: url });
    const timers = await recordTimers(() =>
      WebhookResponse.playAudioAndHangUp({ announcement: url }, createTestClient(), 'call-1', 0, {
        signal: controller.signal,
        onError: (error) => errors.push(error),
      }),
    );
    expect(timers).toHaveLength(1);
    expect(timers[0]?.hasRef()).toBe(false);
    controller.abort();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(errors).toEqual([]);

    const scope = api()
      .post('/v2/calls/call-3/transfer', { attended: false, phoneNumber: '+4921112345678' })
      .reply(404);
    await WebhookResponse.playAudioAndTransfer(
      { announcement: url },
      { attended: false, phoneNumber: '+4921112345678' },
      createTestClient(),
      'call-3',
      0,
      { onError: (error) => errors.push(error) },
    );
    await until(() => errors.length === 1);
    expect(scope.isDone()).toBe(true);
    expect(errors[0]).toMatchObject({ name: 'SipgateIONotFoundError', status: 404 });
  });

  it('rejects invalid transfer options before playing', async () => {
    const client = createTestClient();
    await expect(
      WebhookResponse.playAudioAndTransfer({ announcement: 'x' }, { attended: 'yes' } as never, client, 'c'),
    ).rejects.toMatchObject({ field: 'transferOptions.attended' });
    await expect(
      WebhookResponse.playAudioAndTransfer(
        { announcement: 'x' },
        { attended: true, phoneNumber: '' },
        client,
        'c',
      ),
    ).rejects.toMatchObject({ field: 'transferOptions.phoneNumber' });
  });

  it('rejects an invalid callId or timeout before playing', async () => {
    const client = createTestClient();
    await expect(WebhookResponse.playAudioAndHangUp({ announcement: 'x' }, client, '')).rejects.toMatchObject(
      {
        field: 'callId',
      },
    );
    await expect(
      WebhookResponse.playAudioAndHangUp({ announcement: 'x' }, client, 'c', Number.NaN),
    ).rejects.toMatchObject({ field: 'timeout' });
  });
});
