import {
  SipgateIOAuthenticationError,
  SipgateIOHttpError,
  SipgateIONotFoundError,
  SipgateIOPermissionError,
  SipgateIOValidationError,
} from '@sipgateio/core';
import { api, createTestClient, namingScopes, rejectionOf, setupNock } from '@sipgateio/test-utils';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { greetingsBody, groupVoicemail, voicemailDetails } from './__fixtures__/voicemails.js';
import { createVoicemailsModule } from './voicemails.js';
import type { VoicemailDetails, VoicemailGreeting } from './voicemails.types.js';

setupNock();

const voicemails = createVoicemailsModule(createTestClient());

describe('getVoicemail', () => {
  it('sends GET /voicemails/{voicemailId} and resolves the box', async () => {
    api().get('/v2/voicemails/v0').query({}).reply(200, voicemailDetails);

    await expect(voicemails.getVoicemail('v0')).resolves.toEqual(voicemailDetails);
  });

  it.each([
    [401, SipgateIOAuthenticationError, 'Unauthorized'],
    [403, SipgateIOPermissionError, namingScopes('Forbidden')],
    [404, SipgateIONotFoundError, 'Voicemail v7 was not found'],
    [500, SipgateIOHttpError, 'Request failed with status 500 Internal Server Error (GET /voicemails/v7)'],
  ])('maps status %i to %o', async (status, errorClass, message) => {
    api().get('/v2/voicemails/v7').reply(status);

    const error = await rejectionOf(voicemails.getVoicemail('v7'));

    expect(error).toBeInstanceOf(errorClass);
    expect(error).toMatchObject({ status, message, method: 'GET', path: '/voicemails/v7' });
  });

  it.each(['p0', '', 'v01', undefined])('rejects the id %o before any request', async (id) => {
    const error = await rejectionOf(voicemails.getVoicemail(id as string));

    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ field: 'voicemailId', message: `Invalid extension: ${String(id)}` });
  });

  it('types the box', () => {
    expectTypeOf(voicemails.getVoicemail).returns.resolves.toEqualTypeOf<VoicemailDetails>();
  });
});

describe('getGreetings', () => {
  it('reads the box, then the greetings below its phoneline of the authenticated web user', async () => {
    api().get('/v2/voicemails/v0').reply(200, voicemailDetails);
    api().get('/v2/authorization/userinfo').reply(200, { sub: 'w0' });
    api().get('/v2/w0/phonelines/p0/voicemails/v0/greetings').query({}).reply(200, greetingsBody);

    await expect(voicemails.getGreetings('v0')).resolves.toEqual(greetingsBody.items);
  });

  it('uses the given web user and asks for no other', async () => {
    api().get('/v2/voicemails/v0').reply(200, voicemailDetails);
    api().get('/v2/w1/phonelines/p0/voicemails/v0/greetings').reply(200, { items: [] });

    await expect(voicemails.getGreetings('v0', { userId: 'w1' })).resolves.toEqual([]);
  });

  it('refuses a group voicemail, naming voicemailId, after reading it', async () => {
    api().get('/v2/voicemails/v1').reply(200, groupVoicemail);

    const error = await rejectionOf(voicemails.getGreetings('v1'));

    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({
      field: 'voicemailId',
      message:
        'Voicemail v1 answers for group g1, not a phoneline: only phoneline voicemails have greetings here',
    });
  });

  it.each([
    ['x', {}, 'voicemailId', 'Invalid extension: x'],
    ['v0', { userId: 'p0' }, 'options.userId', 'Invalid extension: p0'],
  ])('rejects %o with %o before any request', async (id, options, field, message) => {
    const error = await rejectionOf(voicemails.getGreetings(id, options));

    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ field, message });
  });

  it.each([
    [403, SipgateIOPermissionError, namingScopes('Forbidden')],
    [404, SipgateIONotFoundError, 'Voicemail v0 was not found'],
  ])('maps status %i of the greetings to %o', async (status, errorClass, message) => {
    api().get('/v2/voicemails/v0').reply(200, voicemailDetails);
    api().get('/v2/w0/phonelines/p0/voicemails/v0/greetings').reply(status);

    const error = await rejectionOf(voicemails.getGreetings('v0', { userId: 'w0' }));

    expect(error).toBeInstanceOf(errorClass);
    expect(error).toMatchObject({ status, message, path: '/w0/phonelines/p0/voicemails/v0/greetings' });
  });

  it('types the greetings', () => {
    expectTypeOf(voicemails.getGreetings).returns.resolves.toEqualTypeOf<VoicemailGreeting[]>();
  });
});

describe('setTranscription', () => {
  it('reads the box, then sends PUT …/transcriptions below its phoneline of the authenticated web user', async () => {
    api().get('/v2/voicemails/v0').reply(200, voicemailDetails);
    api().get('/v2/authorization/userinfo').reply(200, { sub: 'w0' });
    api().put('/v2/w0/phonelines/p0/voicemails/v0/transcriptions', { active: false }).query({}).reply(204);
    // A module of its own: the shared one may already know the web user from an earlier test.
    const fresh = createVoicemailsModule(createTestClient());

    await expect(fresh.setTranscription('v0', false)).resolves.toBeUndefined();
  });

  it('uses the given web user and asks for no other', async () => {
    api().get('/v2/voicemails/v0').reply(200, voicemailDetails);
    api().put('/v2/w1/phonelines/p0/voicemails/v0/transcriptions', { active: true }).reply(204);

    await expect(voicemails.setTranscription('v0', true, { userId: 'w1' })).resolves.toBeUndefined();
  });

  it('refuses a group voicemail, naming voicemailId, after reading it', async () => {
    api().get('/v2/voicemails/v1').reply(200, groupVoicemail);

    const error = await rejectionOf(voicemails.setTranscription('v1', true));

    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({
      field: 'voicemailId',
      message:
        'Voicemail v1 answers for group g1, not a phoneline: only phoneline voicemails can transcribe here',
    });
  });

  it.each([
    ['x', true, {}, 'voicemailId', 'Invalid extension: x'],
    ['v0', 'true', {}, 'active', 'active must be true or false, got "true"'],
    ['v0', 1, {}, 'active', 'active must be true or false, got 1'],
    ['v0', true, { userId: 'p0' }, 'options.userId', 'Invalid extension: p0'],
  ])('rejects %o, %o with %o before any request', async (id, active, options, field, message) => {
    const error = await rejectionOf(voicemails.setTranscription(id, active as boolean, options));

    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ field, message });
  });

  it.each([
    [
      403,
      SipgateIOPermissionError,
      namingScopes(
        'Transcription is not available for this voicemail (see canTranscribe) or the token lacks the phonelines:voicemails:write scope',
      ),
    ],
    [404, SipgateIONotFoundError, 'Voicemail v0 was not found'],
    [
      500,
      SipgateIOHttpError,
      'Request failed with status 500 Internal Server Error (PUT /w0/phonelines/p0/voicemails/v0/transcriptions)',
    ],
  ])('maps status %i of the PUT to %o', async (status, errorClass, message) => {
    api().get('/v2/voicemails/v0').reply(200, voicemailDetails);
    api().put('/v2/w0/phonelines/p0/voicemails/v0/transcriptions', { active: true }).reply(status);

    const error = await rejectionOf(voicemails.setTranscription('v0', true, { userId: 'w0' }));

    expect(error).toBeInstanceOf(errorClass);
    expect(error).toMatchObject({
      status,
      message,
      method: 'PUT',
      path: '/w0/phonelines/p0/voicemails/v0/transcriptions',
    });
  });

  it('types the result', () => {
    expectTypeOf(voicemails.setTranscription).returns.resolves.toEqualTypeOf<void>();
  });
});
