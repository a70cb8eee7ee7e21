import { describe, expect, it, vi } from 'vitest';
import { call, PDF_BASE64, pointers, startSandbox } from '../__fixtures__/harness.js';
import { MAX_FAX_BASE64_LENGTH } from './sessions.js';

const SMS = { smsId: 's0', recipient: '+4915799912345', message: 'Hello from the sandbox' };
const FAX = {
  faxlineId: 'f0',
  recipient: '+4921100000001',
  filename: 'letter.pdf',
  base64Content: PDF_BASE64,
};

describe('POST /sessions/sms', () => {
  it('records a sent SMS and adds it to the history', async () => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'POST', '/sessions/sms', { body: SMS });
    expect(response.status).toBe(204);
    expect(sandbox.state.sms).toEqual([
      expect.objectContaining({
        smsId: 's0',
        recipient: '+4915799912345',
        message: SMS.message,
        scheduled: false,
        sender: '+4915799912345',
      }),
    ]);
    const history = await call(sandbox, 'GET', '/history', { query: { types: 'SMS', limit: 1 } });
    expect(history.json.items[0]).toMatchObject({
      id: sandbox.state.sms[0]?.id,
      type: 'SMS',
      smsContent: SMS.message,
      direction: 'OUTGOING',
    });
  });

  it('keeps a scheduled SMS with its time', async () => {
    const sandbox = await startSandbox();
    const sendAt = Math.floor(Date.now() / 1000) + 3600;
    expect((await call(sandbox, 'POST', '/sessions/sms', { body: { ...SMS, sendAt } })).status).toBe(204);
    expect(sandbox.state.sms[0]).toMatchObject({
      scheduled: true,
      sendAt: new Date(sendAt * 1000).toISOString().replace('.000Z', 'Z'),
    });
  });

  it.each([
    ['a missing smsId', { recipient: SMS.recipient, message: 'x' }, ['/smsId']],
    ['an invalid recipient', { ...SMS, recipient: '12ab' }, ['/recipient']],
    ['a blank message', { ...SMS, message: '   ' }, ['/message']],
    ['a numeric message', { ...SMS, message: 5 }, ['/message']],
    ['sendAt in the past', { ...SMS, sendAt: Math.floor(Date.now() / 1000) - 3600 }, ['/sendAt']],
    [
      'sendAt more than 30 days ahead',
      { ...SMS, sendAt: Math.floor(Date.now() / 1000) + 31 * 86400 },
      ['/sendAt'],
    ],
    ['sendAt as a string', { ...SMS, sendAt: '1700000000' }, ['/sendAt']],
    ['everything missing', {}, ['/smsId', '/recipient', '/message']],
  ])('answers 400 for %s', async (_, body, expected) => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'POST', '/sessions/sms', { body });
    expect(response.status).toBe(400);
    expect(pointers(response.json)).toEqual(expected);
    expect(response.json.errors[0]).toMatchObject({ status: 400, title: 'Bad Request' });
    expect(sandbox.state.sms).toEqual([]);
  });

  it('answers 400 for a body that is not an object', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'POST', '/sessions/sms', { body: [SMS] })).status).toBe(400);
  });

  it('answers 403 for an SMS extension that is not the account’s', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'POST', '/sessions/sms', { body: { ...SMS, smsId: 's7' } })).status).toBe(
      403,
    );
  });
});

describe('POST /sessions/fax', () => {
  it('answers a sessionId that moves PENDING → SENDING → SENT in the history over time', async () => {
    const sandbox = await startSandbox({ fax: { pendingMs: 150, sendingMs: 1_000 } });
    // The sandbox schedules the status changes with setTimeout: a fake clock makes every step observable
    // however slow the machine is (HTTP itself does not go through the global setTimeout).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const response = await call(sandbox, 'POST', '/sessions/fax', { body: FAX });
      expect(response.status).toBe(200);
      const { sessionId } = response.json;
      expect(sandbox.state.faxes[0]).toMatchObject({
        id: sessionId,
        faxlineId: 'f0',
        filename: 'letter.pdf',
        pageCount: 1,
        base64Content: PDF_BASE64,
      });
      const status = async () => {
        const entry = await call(sandbox, 'GET', `/history/${sessionId}`);
        expect(entry.json.type).toBe('FAX');
        return entry.json.faxStatusType;
      };
      const seen = [await status()];
      await vi.advanceTimersByTimeAsync(149);
      seen.push(await status());
      await vi.advanceTimersByTimeAsync(1);
      seen.push(await status());
      await vi.advanceTimersByTimeAsync(999);
      seen.push(await status());
      await vi.advanceTimersByTimeAsync(1);
      seen.push(await status());
      expect(seen).toEqual(['PENDING', 'PENDING', 'SENDING', 'SENDING', 'SENT']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('advances one status per read with advanceOnRead and can end FAILED', async () => {
    const sandbox = await startSandbox({ fax: { advanceOnRead: true, outcome: 'FAILED' } });
    const { json } = await call(sandbox, 'POST', '/sessions/fax', { body: FAX });
    const statuses = [];
    for (let read = 0; read < 4; read += 1) {
      statuses.push((await call(sandbox, 'GET', `/history/${json.sessionId}`)).json.faxStatusType);
    }
    expect(statuses).toEqual(['PENDING', 'SENDING', 'FAILED', 'FAILED']);
  });

  it('answers 413 above 28,330,000 base64 characters', async () => {
    const sandbox = await startSandbox();
    const base64Content = 'A'.repeat(MAX_FAX_BASE64_LENGTH + 4);
    const response = await call(sandbox, 'POST', '/sessions/fax', { body: { ...FAX, base64Content } });
    expect(response.status).toBe(413);
    expect(pointers(response.json)).toEqual(['/base64Content']);
    expect(sandbox.state.faxes).toEqual([]);
  });

  it.each([
    [
      'a document that is not a PDF',
      { ...FAX, base64Content: Buffer.from('hello').toString('base64') },
      ['/base64Content'],
    ],
    ['content that is not base64', { ...FAX, base64Content: '%%%not base64' }, ['/base64Content']],
    ['a missing filename', { ...FAX, filename: undefined }, ['/filename']],
    ['an invalid recipient', { ...FAX, recipient: 'fax me' }, ['/recipient']],
    ['everything missing', {}, ['/faxlineId', '/recipient', '/filename', '/base64Content']],
  ])('answers 400 for %s', async (_, body, expected) => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'POST', '/sessions/fax', { body });
    expect(response.status).toBe(400);
    expect(pointers(response.json)).toEqual(expected);
  });

  it('answers 403 for an unknown fax line', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'POST', '/sessions/fax', { body: { ...FAX, faxlineId: 'f9' } })).status).toBe(
      403,
    );
  });
});

describe('POST /sessions/calls', () => {
  it('creates an established call whose sessionId is the RTCM callId', async () => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'POST', '/sessions/calls', {
      body: { caller: 'e0', callee: '+4915799912345', callerId: '+4921100000000' },
    });
    expect(response.status).toBe(200);
    const calls = await call(sandbox, 'GET', '/calls');
    expect(calls.json).toEqual({
      data: [
        {
          callId: response.json.sessionId,
          muted: false,
          recording: false,
          hold: false,
          participants: [
            { participantId: '0', phoneNumber: '+4921100000000', muted: false, hold: false, owner: true },
            { participantId: '1', phoneNumber: '+4915799912345', muted: false, hold: false, owner: false },
          ],
        },
      ],
    });
  });

  it('accepts a phone number caller together with a deviceId', async () => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'POST', '/sessions/calls', {
      body: { caller: '+4921100000000', callee: '+4915799912345', deviceId: 'e0' },
    });
    expect(response.status).toBe(200);
    expect(sandbox.state.calls[0]).toMatchObject({
      caller: '+4921100000000',
      deviceId: 'e0',
      status: 'established',
    });
  });

  it.each([
    [
      'a phone number caller without deviceId',
      { caller: '+4921100000000', callee: '+4915799912345' },
      ['/deviceId'],
    ],
    ['an invalid callee', { caller: 'e0', callee: 'nobody' }, ['/callee']],
    ['an invalid caller', { caller: 'w0', callee: '+4915799912345', deviceId: 'e0' }, ['/caller']],
    ['an invalid deviceId', { caller: 'e0', callee: '+4915799912345', deviceId: 'f0' }, ['/deviceId']],
    ['an invalid callerId', { caller: 'e0', callee: '+4915799912345', callerId: 'me' }, ['/callerId']],
    ['everything missing', {}, ['/caller', '/callee']],
  ])('answers 400 for %s', async (_, body, expected) => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'POST', '/sessions/calls', { body });
    expect(response.status).toBe(400);
    expect(pointers(response.json)).toEqual(expected);
    expect(sandbox.state.calls).toEqual([]);
  });
});
