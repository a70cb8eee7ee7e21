import { type RouteResponse, SipgateIOHttpError } from '@sipgateio/core';
import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  forwardingSetting,
  greeting,
  parallelForwarding,
  phonelineDetails,
  phonelineDevice,
  phonelineNumber,
  phonelineVoicemail,
  simplePhoneline,
  user,
} from './__fixtures__/phonelines.js';
import { createPhonelinesModule } from './phonelines.js';
import type {
  BlockAnonymousSetting,
  ForwardingSetting,
  ParallelForwarding,
  Phoneline,
  PhonelineDetails,
  PhonelineDevice,
  PhonelineGreeting,
  PhonelineNumber,
  PhonelineVoicemail,
} from './phonelines.types.js';

setupNock();

const phonelines = createPhonelinesModule(createTestClient());
const line = { phonelineId: 'p0', userId: 'w0' };
const noBody = (body: unknown) => body === '' || body === undefined;

describe('phonelines', () => {
  it('listPhonelines sends GET /{userId}/phonelines and resolves id and alias of each line', async () => {
    api()
      .get('/v2/w1/phonelines')
      .reply(200, { items: [simplePhoneline, { ...simplePhoneline, id: 'p1', alias: 'Office' }] });

    await expect(phonelines.listPhonelines({ userId: 'w1' })).resolves.toEqual([
      { id: 'p0', alias: 'Main line' },
      { id: 'p1', alias: 'Office' },
    ]);
  });

  it('getPhoneline sends GET /{userId}/phonelines/{phonelineId}', async () => {
    api().get('/v2/w0/phonelines/p0').reply(200, phonelineDetails);

    await expect(phonelines.getPhoneline(line)).resolves.toEqual(phonelineDetails);
  });

  it('createPhoneline sends POST /{userId}/phonelines without a body', async () => {
    api().post('/v2/w0/phonelines', noBody).reply(200, simplePhoneline);

    await expect(phonelines.createPhoneline({ userId: 'w0' })).resolves.toEqual({
      id: 'p0',
      alias: 'Main line',
    });
  });

  it('createPhoneline with an alias names the new line with PUT', async () => {
    api()
      .post('/v2/w0/phonelines', noBody)
      .reply(200, { ...simplePhoneline, id: 'p3', alias: 'Phoneline 3' });
    api().put('/v2/w0/phonelines/p3', { alias: 'Support' }).reply(204);

    await expect(phonelines.createPhoneline({ userId: 'w0', alias: 'Support' })).resolves.toEqual({
      id: 'p3',
      alias: 'Support',
    });
  });

  it('createPhoneline deletes the new line again when naming it fails', async () => {
    api().post('/v2/w0/phonelines', noBody).reply(200, { id: 'p3', alias: 'Phoneline 3' });
    api().put('/v2/w0/phonelines/p3', { alias: 'Support' }).reply(500, {});
    api().delete('/v2/w0/phonelines/p3').reply(204);

    const error = await phonelines
      .createPhoneline({ userId: 'w0', alias: 'Support' })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SipgateIOHttpError);
    expect(error).toMatchObject({ status: 500, method: 'PUT', path: '/w0/phonelines/p3' });
  });

  it('renamePhoneline sends PUT /{userId}/phonelines/{phonelineId} with the alias', async () => {
    api().put('/v2/w0/phonelines/p0', { alias: 'Reception' }).reply(204);

    await expect(phonelines.renamePhoneline(line, 'Reception')).resolves.toBeUndefined();
  });

  it('deletePhoneline sends DELETE /{userId}/phonelines/{phonelineId}', async () => {
    api().delete('/v2/w0/phonelines/p2').reply(204);

    await expect(phonelines.deletePhoneline({ phonelineId: 'p2', userId: 'w0' })).resolves.toBeUndefined();
  });
});

describe('numbers and devices', () => {
  it('listNumbers sends GET …/numbers and resolves the items', async () => {
    api()
      .get('/v2/w0/phonelines/p0/numbers')
      .reply(200, { items: [phonelineNumber] });

    await expect(phonelines.listNumbers(line)).resolves.toEqual([phonelineNumber]);
  });

  it('listDevices sends GET …/devices and resolves the items', async () => {
    api()
      .get('/v2/w0/phonelines/p0/devices')
      .reply(200, { items: [phonelineDevice] });

    await expect(phonelines.listDevices(line)).resolves.toEqual([phonelineDevice]);
  });

  it('assignDevice sends POST …/devices with the device id', async () => {
    api().post('/v2/w0/phonelines/p0/devices', { deviceId: 'y1' }).reply(204);

    await expect(phonelines.assignDevice(line, 'y1')).resolves.toBeUndefined();
  });

  it('removeDevice sends DELETE …/devices/{deviceId}', async () => {
    api().delete('/v2/w0/phonelines/p0/devices/e2').reply(204);

    await expect(phonelines.removeDevice(line, 'e2')).resolves.toBeUndefined();
  });
});

describe('forwardings', () => {
  it('getForwardings sends GET …/forwardings and resolves the items', async () => {
    api()
      .get('/v2/w0/phonelines/p0/forwardings')
      .reply(200, { items: [forwardingSetting] });

    await expect(phonelines.getForwardings(line)).resolves.toEqual([forwardingSetting]);
  });

  it('setForwardings sends PUT …/forwardings with numbers in E.164 and extensions as given', async () => {
    api()
      .put('/v2/w0/phonelines/p0/forwardings', {
        forwardings: [
          { destination: '+4915799912345', timeout: 0, active: true },
          { destination: '+4921112345678', timeout: 600, active: false },
          { destination: 'g0', timeout: 30, active: true },
        ],
      })
      .reply(204);

    await phonelines.setForwardings(line, [
      { destination: '+49 157 999 12345', timeout: 0, active: true },
      { destination: '+4921112345678', timeout: 600, active: false },
      { destination: 'g0', timeout: 30, active: true },
    ]);
  });

  it('setForwardings with an empty list removes all forwardings', async () => {
    api().put('/v2/w0/phonelines/p0/forwardings', { forwardings: [] }).reply(204);

    await expect(phonelines.setForwardings(line, [])).resolves.toBeUndefined();
  });

  it('listParallelForwardings sends GET …/parallelforwardings', async () => {
    api()
      .get('/v2/w0/phonelines/p0/parallelforwardings')
      .reply(200, { items: [parallelForwarding] });

    await expect(phonelines.listParallelForwardings(line)).resolves.toEqual([parallelForwarding]);
  });

  it('createParallelForwarding sends POST …/parallelforwardings with destination, alias and active', async () => {
    api()
      .post('/v2/w0/phonelines/p0/parallelforwardings', {
        destination: '+4915799912345',
        alias: 'Mobile',
        active: true,
      })
      .reply(204);

    await phonelines.createParallelForwarding(line, {
      destination: '+4915799912345',
      alias: 'Mobile',
      active: true,
    });
  });

  it('updateParallelForwarding sends PUT …/parallelforwardings/{id} without the id in the body', async () => {
    api()
      .put('/v2/w0/phonelines/p0/parallelforwardings/x0', {
        destination: '+4915799912345',
        alias: "Bjarne Stroustrup's mobile",
        active: true,
      })
      .reply(204);

    await phonelines.updateParallelForwarding(line, { ...parallelForwarding, active: true });
  });

  it('deleteParallelForwarding sends DELETE …/parallelforwardings/{id}', async () => {
    api().delete('/v2/w0/phonelines/p0/parallelforwardings/x0').reply(204);

    await expect(phonelines.deleteParallelForwarding(line, 'x0')).resolves.toBeUndefined();
  });
});

describe('line settings', () => {
  it('getBlockAnonymous sends GET …/blockanonymous', async () => {
    api().get('/v2/w0/phonelines/p0/blockanonymous').reply(200, { enabled: false, target: 'REJECT' });

    await expect(phonelines.getBlockAnonymous(line)).resolves.toEqual({ enabled: false, target: 'REJECT' });
  });

  it('setBlockAnonymous sends PUT …/blockanonymous and resolves the stored setting', async () => {
    api()
      .put('/v2/w0/phonelines/p0/blockanonymous', { enabled: true, target: 'VOICEMAIL' })
      .reply(200, { enabled: true, target: 'VOICEMAIL' });

    await expect(phonelines.setBlockAnonymous(line, { enabled: true, target: 'VOICEMAIL' })).resolves.toEqual(
      {
        enabled: true,
        target: 'VOICEMAIL',
      },
    );
  });

  it('getBusyOnBusy reads busyOnBusy of GET /users/{userId}', async () => {
    api().get('/v2/users/w0').reply(200, user);

    await expect(phonelines.getBusyOnBusy({ userId: 'w0' })).resolves.toBe(true);
  });

  it('setBusyOnBusy sends PUT /users/{userId}/busyonbusy', async () => {
    api().put('/v2/users/w0/busyonbusy', { enabled: false }).reply(204);

    await expect(phonelines.setBusyOnBusy(false, { userId: 'w0' })).resolves.toBeUndefined();
  });
});

describe('voicemail', () => {
  it('listVoicemails sends GET …/voicemails', async () => {
    api()
      .get('/v2/w0/phonelines/p0/voicemails')
      .reply(200, { items: [phonelineVoicemail] });

    await expect(phonelines.listVoicemails(line)).resolves.toEqual([phonelineVoicemail]);
  });

  it('setVoicemailSettings sends PUT …/voicemails/{voicemailId} with active, transcription and timeout', async () => {
    api()
      .put('/v2/w0/phonelines/p0/voicemails/v0', { active: true, transcription: true, timeout: 30 })
      .reply(204);

    await phonelines.setVoicemailSettings(line, {
      voicemailId: 'v0',
      active: true,
      transcription: true,
      timeout: 30,
    });
  });

  it('setVoicemailSettings leaves timeout out when not given', async () => {
    api().put('/v2/w0/phonelines/p0/voicemails/v0', { active: false, transcription: false }).reply(204);

    await phonelines.setVoicemailSettings(line, { voicemailId: 'v0', active: false, transcription: false });
  });

  it('listGreetings sends GET …/voicemails/{voicemailId}/greetings', async () => {
    api()
      .get('/v2/w0/phonelines/p0/voicemails/v0/greetings')
      .reply(200, { items: [greeting] });

    await expect(phonelines.listGreetings(line, 'v0')).resolves.toEqual([greeting]);
  });

  it('uploadGreeting sends POST …/greetings with the file name and the audio in base64', async () => {
    api()
      .post('/v2/w0/phonelines/p0/voicemails/v0/greetings', {
        filename: 'after-hours.mp3',
        base64Content: Buffer.from('ID3 audio').toString('base64'),
      })
      .reply(200, { items: [greeting] });

    await expect(
      phonelines.uploadGreeting(line, {
        voicemailId: 'v0',
        filename: 'after-hours.mp3',
        fileContent: Buffer.from('ID3 audio'),
      }),
    ).resolves.toEqual([greeting]);
  });

  it('activateGreeting sends PUT …/greetings/{greetingId} with active true', async () => {
    api().put('/v2/w0/phonelines/p0/voicemails/v0/greetings/g1', { active: true }).reply(204);

    await phonelines.activateGreeting(line, { voicemailId: 'v0', greetingId: 'g1' });
  });

  it('deleteGreeting sends DELETE …/greetings/{greetingId}', async () => {
    api().delete('/v2/w0/phonelines/p0/voicemails/v0/greetings/g1').reply(204);

    await phonelines.deleteGreeting(line, { voicemailId: 'v0', greetingId: 'g1' });
  });
});

describe('without a user id', () => {
  it('acts for the authenticated web user, looked up once per module', async () => {
    const module = createPhonelinesModule(createTestClient());
    api().get('/v2/authorization/userinfo').once().reply(200, { sub: 'w4' });
    api()
      .get('/v2/w4/phonelines')
      .reply(200, { items: [simplePhoneline] });
    api().get('/v2/w4/phonelines/p0/forwardings').reply(200, { items: [] });

    await expect(module.listPhonelines()).resolves.toEqual([{ id: 'p0', alias: 'Main line' }]);
    await expect(module.getForwardings('p0')).resolves.toEqual([]);
  });

  it('uses the given user id instead of looking one up', async () => {
    const module = createPhonelinesModule(createTestClient());
    api().get('/v2/w9/phonelines/p0/numbers').reply(200, { items: [] });

    await expect(module.listNumbers({ phonelineId: 'p0', userId: 'w9' })).resolves.toEqual([]);
  });
});

describe('types', () => {
  it('match what the API description says the answers hold', () => {
    type Item<R> = R extends { items?: (infer I)[] } ? I : never;
    expectTypeOf<Phoneline>().toMatchTypeOf<Item<RouteResponse<'GET /{userId}/phonelines'>>>();
    expectTypeOf<PhonelineDetails>().toMatchTypeOf<RouteResponse<'GET /{userId}/phonelines/{phonelineId}'>>();
    expectTypeOf<PhonelineNumber>().toMatchTypeOf<
      Item<RouteResponse<'GET /{userId}/phonelines/{phonelineId}/numbers'>>
    >();
    expectTypeOf<PhonelineDevice>().toMatchTypeOf<
      Item<RouteResponse<'GET /{userId}/phonelines/{phonelineId}/devices'>>
    >();
    expectTypeOf<ForwardingSetting>().toMatchTypeOf<
      Item<RouteResponse<'GET /{userId}/phonelines/{phonelineId}/forwardings'>>
    >();
    expectTypeOf<ParallelForwarding>().toMatchTypeOf<
      Item<RouteResponse<'GET /{userId}/phonelines/{phonelineId}/parallelforwardings'>>
    >();
    expectTypeOf<BlockAnonymousSetting>().toMatchTypeOf<
      RouteResponse<'GET /{userId}/phonelines/{phonelineId}/blockanonymous'>
    >();
    expectTypeOf<PhonelineVoicemail>().toMatchTypeOf<
      Item<RouteResponse<'GET /{userId}/phonelines/{phonelineId}/voicemails'>>
    >();
    expectTypeOf<PhonelineGreeting>().toMatchTypeOf<
      Item<RouteResponse<'GET /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings'>>
    >();
  });
});
