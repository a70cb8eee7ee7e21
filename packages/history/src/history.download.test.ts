import {
  SipgateIOAuthenticationError,
  SipgateIOHttpError,
  SipgateIONotFoundError,
  SipgateIOPermissionError,
  SipgateIOValidationError,
} from '@sipgateio/core';
import { createTestClient, downloadApi, rejectionOf, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { rawCallEntry, rawSmsEntry, rawVoicemailEntry } from './__fixtures__/history-entries.js';
import { createHistoryModule } from './history.js';
import type { CallHistoryEntry, VoicemailHistoryEntry } from './history.types.js';

setupNock();

const history = createHistoryModule(createTestClient());
const AUDIO = Buffer.from('RIFF\u0024\u0000\u0000\u0000WAVEfmt ', 'latin1');
const voicemail = rawVoicemailEntry as unknown as VoicemailHistoryEntry;
const call = {
  ...rawCallEntry,
  recordings: [...rawCallEntry.recordings, { id: 'r2', url: 'https://api.sipgate.com/v2/recordings/r2' }],
} as unknown as CallHistoryEntry;

describe('downloadRecording', () => {
  it("GETs a voicemail entry's recordingUrl with the credentials and hands over bytes and type", async () => {
    downloadApi().get('/v2/voicemail/v1.mp3').query({}).reply(200, AUDIO, { 'content-type': 'audio/mpeg' });

    const download = await history.downloadRecording(voicemail);

    expect(download.contentType).toBe('audio/mpeg');
    expect(Buffer.from(await download.bytes())).toEqual(AUDIO);
  });

  it("streams a call entry's first recording, or the one named by recordingId", async () => {
    downloadApi().get('/v2/recordings/r1').reply(200, AUDIO, { 'content-type': 'audio/wav' });
    downloadApi().get('/v2/recordings/r2').reply(200, AUDIO, { 'content-type': 'audio/wav' });

    const first = await history.downloadRecording(call);
    const second = await history.downloadRecording(call, { recordingId: 'r2' });

    expect(Buffer.from(await new Response(first.stream()).arrayBuffer())).toEqual(AUDIO);
    expect(Buffer.from(await second.bytes())).toEqual(AUDIO);
  });

  it.each([
    [
      'an SMS entry',
      rawSmsEntry,
      undefined,
      'entry.type',
      'Only CALL and VOICEMAIL entries have recordings, got SMS',
    ],
    [
      'no entry',
      undefined,
      undefined,
      'entry.type',
      'Only CALL and VOICEMAIL entries have recordings, got undefined',
    ],
    [
      'a voicemail without URL',
      { ...rawVoicemailEntry, recordingUrl: '' },
      undefined,
      'entry.recordingUrl',
      'This voicemail entry has no recordingUrl',
    ],
    [
      'a call without recordings',
      { ...rawCallEntry, recordings: [] },
      undefined,
      'entry.recordings',
      'This call entry has no recordings',
    ],
    [
      'an unknown recording id',
      rawCallEntry,
      'r9',
      'entry.recordings',
      'This call entry has no recording r9',
    ],
  ])('rejects %s before any request', async (_name, entry, recordingId, field, message) => {
    const options = recordingId ? { recordingId } : {};
    const error = await rejectionOf(history.downloadRecording(entry as unknown as CallHistoryEntry, options));

    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ field, message });
  });

  it.each([
    [401, SipgateIOAuthenticationError],
    [403, SipgateIOPermissionError],
    [404, SipgateIONotFoundError],
    [500, SipgateIOHttpError],
  ])('maps status %i to %o', async (status, errorClass) => {
    downloadApi().get('/v2/voicemail/v1.mp3').reply(status);

    const error = await rejectionOf(history.downloadRecording(voicemail));

    expect(error).toBeInstanceOf(errorClass);
    expect(error).toMatchObject({ status, method: 'GET' });
  });
});
