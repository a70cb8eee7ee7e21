/**
 * End-to-end: every function of the phonelines module against the sandbox over real sockets on 127.0.0.1, each
 * exchange checked against sipgate's OpenAPI description by the contract recorder.
 */
import { useContractSandbox } from '@sipgateio/contract';
import {
  createPhonelinesModule,
  type PhonelinesModule,
  SipgateIONotFoundError,
  SipgateIOPermissionError,
  sipgateIO,
} from 'sipgateio';
import { beforeAll, describe, expect, it } from 'vitest';

const suite = useContractSandbox();
let phonelines: PhonelinesModule;

beforeAll(() => {
  phonelines = createPhonelinesModule(sipgateIO(suite.sandbox.credentials, { baseUrl: suite.sandbox.url }));
});

describe('phonelines against the sandbox', () => {
  it('creates a named line, reads it back, renames and deletes it', async () => {
    const created = await phonelines.createPhoneline({ alias: 'Support' });
    expect(await phonelines.getPhoneline(created.id)).toMatchObject({ id: created.id, alias: 'Support' });
    await phonelines.renamePhoneline(created.id, 'Second level');
    expect(await phonelines.listPhonelines()).toContainEqual({ id: created.id, alias: 'Second level' });
    await phonelines.deletePhoneline(created.id);
    await expect(phonelines.getPhoneline(created.id)).rejects.toBeInstanceOf(SipgateIONotFoundError);
  });

  it('lists numbers and moves a device off the line and back', async () => {
    expect(await phonelines.listNumbers('p0')).toEqual([{ number: '+4921100000000', type: ['LANDLINE'] }]);
    await phonelines.removeDevice('p0', 'y0');
    expect((await phonelines.listDevices('p0')).map((device) => device.id)).toEqual(['e0', 'x0']);
    await phonelines.assignDevice('p0', 'y0');
    expect((await phonelines.listDevices('p0')).map((device) => device.id)).toContain('y0');
  });

  it('sets forwardings and manages parallel forwardings', async () => {
    await phonelines.setForwardings('p0', [{ destination: '+49 157 999 12345', timeout: 15, active: true }]);
    expect(await phonelines.getForwardings('p0')).toMatchObject([
      { destination: '+4915799912345', timeout: 15 },
    ]);

    await phonelines.createParallelForwarding('p0', {
      destination: '+4921100000777',
      alias: 'Office',
      active: true,
    });
    const added = (await phonelines.listParallelForwardings('p0')).find((item) => item.alias === 'Office');
    expect(added).toBeDefined();
    await phonelines.updateParallelForwarding('p0', {
      ...(added as NonNullable<typeof added>),
      active: false,
    });
    expect(await phonelines.listParallelForwardings('p0')).toContainEqual({ ...added, active: false });
    await phonelines.deleteParallelForwarding('p0', added?.id ?? '');
    expect((await phonelines.listParallelForwardings('p0')).map((item) => item.id)).not.toContain(added?.id);
  });

  it('sets block-anonymous and busy-on-busy', async () => {
    expect(await phonelines.setBlockAnonymous('p0', { enabled: true, target: 'VOICEMAIL' })).toEqual({
      enabled: true,
      target: 'VOICEMAIL',
    });
    expect(await phonelines.getBlockAnonymous('p0')).toEqual({ enabled: true, target: 'VOICEMAIL' });
    await phonelines.setBusyOnBusy(true);
    expect(await phonelines.getBusyOnBusy()).toBe(true);
  });

  it('changes voicemail settings and greetings', async () => {
    await phonelines.setVoicemailSettings('p0', {
      voicemailId: 'v0',
      active: true,
      transcription: true,
      timeout: 30,
    });
    expect(await phonelines.listVoicemails('p0')).toMatchObject([
      { id: 'v0', transcription: true, timeout: 30 },
    ]);
    await expect(
      phonelines.setVoicemailSettings(
        { phonelineId: 'p1', userId: 'w1' },
        { voicemailId: 'v1', active: true, transcription: true },
      ),
    ).rejects.toBeInstanceOf(SipgateIOPermissionError);

    const greetings = await phonelines.uploadGreeting('p0', {
      voicemailId: 'v0',
      filename: 'lunch-break.mp3',
      fileContent: new TextEncoder().encode('ID3 audio'),
    });
    const uploaded = greetings.find((greeting) => greeting.alias === 'lunch-break.mp3');
    const ref = { voicemailId: 'v0', greetingId: uploaded?.id ?? '' };
    await phonelines.activateGreeting('p0', ref);
    expect((await phonelines.listGreetings('p0', 'v0')).find((greeting) => greeting.active)?.id).toBe(
      uploaded?.id,
    );
    await phonelines.deleteGreeting('p0', ref);
    expect((await phonelines.listGreetings('p0', 'v0')).map((greeting) => greeting.id)).not.toContain(
      uploaded?.id,
    );
  });
});
