import { describe, expect, it } from 'vitest';
import { call, pointers, startSandbox } from '../__fixtures__/harness.js';

describe('/{userId}/phonelines', () => {
  it('lists the seeded lines of each web user', async () => {
    const sandbox = await startSandbox();
    const { json } = await call(sandbox, 'GET', '/w0/phonelines');
    expect(json.items).toMatchObject([
      { id: 'p0', alias: 'Ada Lovelace', devicesUrl: '/w0/phonelines/p0/devices' },
    ]);
    expect((await call(sandbox, 'GET', '/w1/phonelines')).json.items).toMatchObject([{ id: 'p1' }]);
  });

  it('creates a line with its own voicemail box, renames it, reads it back and deletes it', async () => {
    const sandbox = await startSandbox();
    const created = await call(sandbox, 'POST', '/w0/phonelines');
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({ id: 'p2', alias: 'Phoneline 2' });

    expect((await call(sandbox, 'PUT', '/w0/phonelines/p2', { body: { alias: 'Support' } })).status).toBe(
      204,
    );
    expect((await call(sandbox, 'GET', '/w0/phonelines/p2')).json).toEqual({
      id: 'p2',
      alias: 'Support',
      voicemails: [{ id: 'v2', timeout: 20, active: true }],
    });
    expect(
      (await call(sandbox, 'GET', '/w0/phonelines')).json.items.map((line: { id: string }) => line.id),
    ).toEqual(['p0', 'p2']);

    expect((await call(sandbox, 'DELETE', '/w0/phonelines/p2')).status).toBe(204);
    expect((await call(sandbox, 'GET', '/w0/phonelines/p2')).status).toBe(404);
    expect(sandbox.state.voicemails.map((voicemail) => voicemail.id)).toEqual(['v0', 'v1']);
    expect(sandbox.state.voicemailSettings.v2).toBeUndefined();
  });

  it('answers 404 for an unknown user and for a line of another user', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'GET', '/w9/phonelines')).status).toBe(404);
    const other = await call(sandbox, 'GET', '/w0/phonelines/p1');
    expect(other.status).toBe(404);
    expect(other.json.errors[0].detail).toBe('Phoneline p1 was not found');
  });

  it.each([
    ['a missing alias', {}, ['/alias']],
    ['a blank alias', { alias: ' ' }, ['/alias']],
    ['an alias that is not a string', { alias: 7 }, ['/alias']],
  ])('rejects renaming with %s', async (_, body, expected) => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'PUT', '/w0/phonelines/p0', { body });
    expect(response.status).toBe(400);
    expect(pointers(response.json)).toEqual(expected);
  });
});

describe('numbers and devices of a line', () => {
  it('lists the numbers routed to the line', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'GET', '/w0/phonelines/p0/numbers')).json).toEqual({
      items: [{ number: '+4921100000000', type: ['LANDLINE'] }],
    });
  });

  it('removes a device from the line and assigns it again', async () => {
    const sandbox = await startSandbox();
    const ids = async () =>
      (await call(sandbox, 'GET', '/w0/phonelines/p0/devices')).json.items.map(
        (device: { id: string }) => device.id,
      );
    expect(await ids()).toEqual(['e0', 'y0', 'x0']);

    expect((await call(sandbox, 'DELETE', '/w0/phonelines/p0/devices/y0')).status).toBe(204);
    expect(await ids()).toEqual(['e0', 'x0']);
    expect((await call(sandbox, 'DELETE', '/w0/phonelines/p0/devices/y0')).status).toBe(404);

    const assigned = await call(sandbox, 'POST', '/w0/phonelines/p0/devices', { body: { deviceId: 'y0' } });
    expect(assigned.status).toBe(204);
    expect(await ids()).toEqual(['e0', 'y0', 'x0']);
  });

  it('answers 404 for a device of another user and 400 without deviceId', async () => {
    const sandbox = await startSandbox();
    expect(
      (await call(sandbox, 'POST', '/w0/phonelines/p0/devices', { body: { deviceId: 'e1' } })).status,
    ).toBe(404);
    const missing = await call(sandbox, 'POST', '/w0/phonelines/p0/devices', { body: {} });
    expect(missing.status).toBe(400);
    expect(pointers(missing.json)).toEqual(['/deviceId']);
  });
});

describe('forwardings', () => {
  it('replaces the forwardings and reads them back with an alias', async () => {
    const sandbox = await startSandbox();
    const forwardings = [
      { destination: '+4915799912345', timeout: 20, active: true },
      { destination: 'p1', timeout: 0, active: false },
    ];
    expect(
      (await call(sandbox, 'PUT', '/w0/phonelines/p0/forwardings', { body: { forwardings } })).status,
    ).toBe(204);
    expect((await call(sandbox, 'GET', '/w0/phonelines/p0/forwardings')).json.items).toEqual([
      { alias: '+4915799912345', destination: '+4915799912345', timeout: 20, active: true },
      { alias: 'Alan Turing', destination: 'p1', timeout: 0, active: false },
    ]);
    await call(sandbox, 'PUT', '/w0/phonelines/p0/forwardings', { body: { forwardings: [] } });
    expect((await call(sandbox, 'GET', '/w0/phonelines/p0/forwardings')).json.items).toEqual([]);
  });

  it.each([
    [
      'four forwardings',
      Array(4).fill({ destination: '+4915799912345', timeout: 1, active: true }),
      ['/forwardings'],
    ],
    ['a delay over 600 s', [{ destination: '+4915799912345', timeout: 601 }], ['/forwardings/0/timeout']],
    ['a device as destination', [{ destination: 'e0', timeout: 5 }], ['/forwardings/0/destination']],
    ['no destination', [{ timeout: 5 }], ['/forwardings/0/destination']],
    ['an entry that is not an object', ['+4915799912345'], ['/forwardings/0']],
  ])('rejects %s', async (_, forwardings, expected) => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'PUT', '/w0/phonelines/p0/forwardings', { body: { forwardings } });
    expect(response.status).toBe(400);
    expect(pointers(response.json)).toEqual(expected);
  });

  it('creates, updates and deletes parallel forwardings', async () => {
    const sandbox = await startSandbox();
    const path = '/w0/phonelines/p0/parallelforwardings';
    const body = { destination: '+4915799912345', alias: 'Mobile', active: true };
    expect((await call(sandbox, 'POST', path, { body })).status).toBe(204);
    expect((await call(sandbox, 'GET', path)).json.items).toEqual([
      { id: 'x0', alias: 'External phone of Ada', destination: '+4921100000555', active: true },
      { id: 'x1', ...body },
    ]);

    expect((await call(sandbox, 'PUT', `${path}/x1`, { body: { ...body, active: false } })).status).toBe(204);
    expect((await call(sandbox, 'GET', path)).json.items[1]).toEqual({ id: 'x1', ...body, active: false });

    expect((await call(sandbox, 'DELETE', `${path}/x1`)).status).toBe(204);
    expect((await call(sandbox, 'GET', path)).json.items.map((item: { id: string }) => item.id)).toEqual([
      'x0',
    ]);
    expect((await call(sandbox, 'DELETE', `${path}/x1`)).status).toBe(404);
    expect((await call(sandbox, 'PUT', `${path}/x7`, { body })).status).toBe(404);
  });

  it('rejects a parallel forwarding to something that is not a number', async () => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'POST', '/w0/phonelines/p0/parallelforwardings', {
      body: { destination: 'mobile', alias: 'x', active: true },
    });
    expect(response.status).toBe(400);
    expect(pointers(response.json)).toEqual(['/destination']);
  });
});

describe('block-anonymous', () => {
  it('stores the block-anonymous setting and answers it', async () => {
    const sandbox = await startSandbox();
    const path = '/w0/phonelines/p0/blockanonymous';
    expect((await call(sandbox, 'GET', path)).json).toEqual({ enabled: false, target: 'REJECT' });
    const set = await call(sandbox, 'PUT', path, { body: { enabled: true, target: 'VOICEMAIL' } });
    expect(set.json).toEqual({ enabled: true, target: 'VOICEMAIL' });
    expect((await call(sandbox, 'GET', path)).json).toEqual({ enabled: true, target: 'VOICEMAIL' });
    const invalid = await call(sandbox, 'PUT', path, { body: { enabled: true, target: 'HANGUP' } });
    expect(invalid.status).toBe(400);
    expect(pointers(invalid.json)).toEqual(['/target']);
  });
});

describe('voicemail of a line', () => {
  it('lists the box with its settings and changes them', async () => {
    const sandbox = await startSandbox();
    const path = '/w0/phonelines/p0/voicemails';
    expect((await call(sandbox, 'GET', path)).json.items).toMatchObject([
      {
        id: 'v0',
        alias: 'Voicemail of Ada',
        timeout: 20,
        active: true,
        transcription: false,
        canTranscribe: true,
      },
    ]);
    const body = { active: false, transcription: true, timeout: 45 };
    expect((await call(sandbox, 'PUT', `${path}/v0`, { body })).status).toBe(204);
    expect((await call(sandbox, 'GET', path)).json.items[0]).toMatchObject(body);
    expect((await call(sandbox, 'PUT', `${path}/v1`, { body })).status).toBe(404);
  });

  it('refuses transcription where the box cannot transcribe, and settings without the required flags', async () => {
    const sandbox = await startSandbox();
    const path = '/w1/phonelines/p1/voicemails/v1';
    expect((await call(sandbox, 'PUT', path, { body: { active: true, transcription: true } })).status).toBe(
      403,
    );
    const missing = await call(sandbox, 'PUT', path, { body: { active: true } });
    expect(missing.status).toBe(400);
    expect(pointers(missing.json)).toEqual(['/transcription']);
  });

  it('turns transcription on and off through …/transcriptions, read back on the box', async () => {
    const sandbox = await startSandbox();
    const path = '/w0/phonelines/p0/voicemails';
    expect((await call(sandbox, 'PUT', `${path}/v0/transcriptions`, { body: { active: true } })).status).toBe(
      204,
    );
    expect((await call(sandbox, 'GET', path)).json.items[0]).toMatchObject({ transcription: true });
    expect((await call(sandbox, 'GET', '/voicemails/v0')).json).toMatchObject({ transcription: true });
    // Without `active` it is false.
    expect((await call(sandbox, 'PUT', `${path}/v0/transcriptions`, { body: {} })).status).toBe(204);
    expect((await call(sandbox, 'GET', path)).json.items[0]).toMatchObject({ transcription: false });
    const wrong = await call(sandbox, 'PUT', `${path}/v0/transcriptions`, { body: { active: 'yes' } });
    expect(wrong.status).toBe(400);
    expect(pointers(wrong.json)).toEqual(['/active']);
    expect(
      (await call(sandbox, 'PUT', `${path}/v9/transcriptions`, { body: { active: false } })).status,
    ).toBe(404);
  });

  it('refuses to turn transcription on where the box cannot transcribe', async () => {
    const sandbox = await startSandbox();
    const path = '/w1/phonelines/p1/voicemails/v1/transcriptions';
    expect((await call(sandbox, 'PUT', path, { body: { active: true } })).status).toBe(403);
    expect((await call(sandbox, 'PUT', path, { body: { active: false } })).status).toBe(204);
  });

  it('uploads a greeting, activates it and deletes it', async () => {
    const sandbox = await startSandbox();
    const path = '/w0/phonelines/p0/voicemails/v0/greetings';
    const base64Content = Buffer.from('ID3 audio').toString('base64');
    const uploaded = await call(sandbox, 'POST', path, {
      body: { filename: 'after-hours.mp3', base64Content },
    });
    expect(uploaded.status).toBe(200);
    expect(uploaded.json.items).toMatchObject([
      { id: 'v0-standard', active: true },
      { id: 'greeting-0', alias: 'after-hours.mp3', active: false },
    ]);
    expect(uploaded.json.items[1].base64Content).toBeUndefined();
    expect(sandbox.state.voicemailSettings.v0?.greetings[1]?.base64Content).toBe(base64Content);

    expect((await call(sandbox, 'PUT', `${path}/greeting-0`, { body: { active: true } })).status).toBe(204);
    const actives = (await call(sandbox, 'GET', path)).json.items.map(
      (greeting: { active: boolean }) => greeting.active,
    );
    expect(actives).toEqual([false, true]);
    expect((await call(sandbox, 'GET', '/w0/phonelines/p0/voicemails')).json.items[0]).toMatchObject({
      activeGreetingId: 'greeting-0',
      activeGreetingAlias: 'after-hours.mp3',
    });

    expect((await call(sandbox, 'DELETE', `${path}/greeting-0`)).status).toBe(204);
    expect(
      (await call(sandbox, 'GET', path)).json.items.map((greeting: { id: string }) => greeting.id),
    ).toEqual(['v0-standard']);
    expect((await call(sandbox, 'DELETE', `${path}/greeting-0`)).status).toBe(404);
  });

  it.each([
    ['no file name', { base64Content: 'AAAA' }, ['/filename']],
    ['content that is not base64', { filename: 'a.mp3', base64Content: 'not base64!' }, ['/base64Content']],
  ])('rejects a greeting with %s', async (_, body, expected) => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'POST', '/w0/phonelines/p0/voicemails/v0/greetings', { body });
    expect(response.status).toBe(400);
    expect(pointers(response.json)).toEqual(expected);
  });
});
