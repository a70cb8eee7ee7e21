import { describe, expect, it } from 'vitest';
import { call, startSandbox } from '../__fixtures__/harness.js';

describe('/voicemails/{voicemailId}', () => {
  it('answers a box with its settings and active greeting, and follows changes of the settings', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'GET', '/voicemails/v0')).json).toEqual({
      id: 'v0',
      alias: 'Voicemail of Ada',
      belongsToEndpoint: { extension: 'p0', type: 'PHONELINE' },
      transcription: false,
      canTranscribe: true,
      activeGreetingId: 'v0-standard',
      activeGreetingAlias: 'Standard greeting',
      accessNumber: '50000',
    });
    const settings = sandbox.state.voicemailSettings.v0;
    if (settings) settings.transcription = true;
    expect((await call(sandbox, 'GET', '/voicemails/v0')).json).toMatchObject({ transcription: true });
  });

  it('answers 404 for a box the account does not have', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'GET', '/voicemails/v9')).status).toBe(404);
  });
});
