import { createVerify } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox } from '../__fixtures__/harness.js';

interface Received {
  path: string;
  raw: string;
  fields: URLSearchParams;
  verified: boolean;
  signature: string;
  contentType: string | undefined;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A webhook receiver on 127.0.0.1 that verifies every signature and answers from a path → XML table. */
async function startReceiver(
  publicKey: string,
  answers: Record<string, string | ((fields: URLSearchParams) => string)>,
) {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const signature = String(request.headers['x-sipgate-signature'] ?? '');
      const verified = createVerify('RSA-SHA256').update(raw).verify(publicKey, signature, 'base64');
      const fields = new URLSearchParams(raw);
      const path = request.url ?? '/';
      received.push({ path, raw, fields, verified, signature, contentType: request.headers['content-type'] });
      const answer = answers[path];
      const xml = typeof answer === 'function' ? answer(fields) : answer;
      if (xml === undefined) {
        response.writeHead(204).end();
        return;
      }
      response.writeHead(200, { 'Content-Type': 'application/xml' }).end(xml);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, received };
}

describe('simulateIncomingCall', () => {
  it('posts a signed, form-encoded newCall exactly as sipgate does', async () => {
    const sandbox = await startSandbox();
    const receiver = await startReceiver(sandbox.publicKey, {});
    const transcript = await sandbox.simulateIncomingCall({
      from: '+4915791234567',
      to: '+4921100000000',
      webhookUrl: `${receiver.base}/new`,
      users: ['Alice', 'Bob'],
    });
    const [newCall] = receiver.received;
    expect(newCall?.verified).toBe(true);
    expect(newCall?.contentType).toBe('application/x-www-form-urlencoded; charset=UTF-8');
    expect(newCall?.raw).toBe(
      `event=newCall&from=4915791234567&to=4921100000000&direction=in&callId=${transcript.callId}&origCallId=${transcript.callId}` +
        `&xcid=${newCall?.fields.get('xcid')}&user%5B%5D=Alice&user%5B%5D=Bob&userId%5B%5D=w0&userId%5B%5D=w1` +
        '&fullUserId%5B%5D=1234567w0&fullUserId%5B%5D=1234567w1',
    );
    expect(transcript.events[0]).toMatchObject({
      event: 'newCall',
      status: 204,
      parameters: { 'user[]': ['Alice', 'Bob'] },
    });
    expect(transcript.finalState).toMatchObject({
      status: 'completed',
      cause: 'normalClearing',
      answeringNumber: '+4921100000000',
    });
    expect(sandbox.state.transcripts).toEqual([transcript]);
  });

  it('fails verification when the body is tampered with (the signature covers the raw body)', async () => {
    const sandbox = await startSandbox();
    const receiver = await startReceiver(sandbox.publicKey, {});
    await sandbox.simulateIncomingCall({
      from: '+4915791234567',
      to: '+4921100000000',
      webhookUrl: `${receiver.base}/`,
    });
    const { raw, signature } = receiver.received[0] as Received;
    const tampered = raw.replace('4915791234567', '4915791234568');
    expect(tampered).not.toBe(raw);
    expect(createVerify('RSA-SHA256').update(tampered).verify(sandbox.publicKey, signature, 'base64')).toBe(
      false,
    );
  });

  it('follows an IVR: Gather → dtmf with scripted digits → Dial, with answer and hangup subscriptions', async () => {
    const sandbox = await startSandbox();
    let base = '';
    const receiver = await startReceiver(sandbox.publicKey, {
      '/new': () =>
        `<?xml version="1.0" encoding="UTF-8"?><Response onAnswer="${base}/answer" onHangup="${base}/hangup">` +
        `<Gather onData="${base}/dtmf" maxDigits="1" timeout="3000"><Play><Url>https://example.com/menu.wav</Url></Play></Gather></Response>`,
      '/dtmf': (fields) =>
        fields.get('dtmf') === '2'
          ? '<Response><Dial callerId="4921100000000"><Number>4930123456789</Number></Dial></Response>'
          : '<Response><Reject reason="busy"/></Response>',
    });
    base = receiver.base;
    const transcript = await sandbox.simulateIncomingCall({
      from: '+4915791234567',
      to: '+4921100000000',
      webhookUrl: `${base}/new`,
      dtmf: ['2'],
    });
    expect(receiver.received.map((push) => [push.path, push.fields.get('event'), push.verified])).toEqual([
      ['/new', 'newCall', true],
      ['/dtmf', 'dtmf', true],
      ['/answer', 'answer', true],
      ['/hangup', 'hangup', true],
    ]);
    expect(receiver.received[1]?.raw).toBe(
      `event=dtmf&dtmf=2&callId=${transcript.callId}&origCallId=${transcript.callId}`,
    );
    const answer = receiver.received[2]?.fields;
    expect(answer?.get('answeringNumber')).toBe('4930123456789');
    expect(answer?.get('user')).toBe('Ada Lovelace');
    expect(receiver.received[3]?.fields.get('cause')).toBe('normalClearing');
    expect(transcript.xml).toHaveLength(2);
    expect(transcript.finalState).toEqual({
      status: 'completed',
      cause: 'normalClearing',
      answeringNumber: '+4930123456789',
      dialed: ['4930123456789'],
      played: ['https://example.com/menu.wav'],
      gathered: ['2'],
    });
  });

  it('sends an empty dtmf when no digits are scripted and honours Reject busy', async () => {
    const sandbox = await startSandbox();
    let base = '';
    const receiver = await startReceiver(sandbox.publicKey, {
      '/new': () => `<Response onHangup="${base}/hangup"><Gather onData="/dtmf" maxDigits="3"/></Response>`,
      '/dtmf': '<Response><Reject reason="busy" /></Response>',
    });
    base = receiver.base;
    const transcript = await sandbox.simulateIncomingCall({
      from: 'anonymous',
      to: '+4921100000000',
      webhookUrl: `${base}/new`,
    });
    expect(receiver.received[0]?.fields.get('from')).toBe('anonymous');
    expect(receiver.received[1]?.fields.get('dtmf')).toBe('');
    expect(receiver.received[2]?.fields.get('cause')).toBe('busy');
    expect(transcript.finalState).toMatchObject({ status: 'busy', cause: 'busy' });
    expect(transcript.events.map((event) => event.event)).toEqual(['newCall', 'dtmf', 'hangup']);
  });

  it.each([
    ['<Response onHangup="{base}/hangup"><Reject /></Response>', 'rejected', 'noAnswer'],
    ['<Response onHangup="{base}/hangup"><Hangup /></Response>', 'hungUp', 'normalClearing'],
    [
      '<Response onHangup="{base}/hangup"><Dial><Voicemail /></Dial></Response>',
      'voicemail',
      'normalClearing',
    ],
    [
      '<Response onHangup="{base}/hangup"><Play><Url>https://example.com/a.wav</Url></Play></Response>',
      'completed',
      'normalClearing',
    ],
    ['<Response onHangup="{base}/hangup"/>', 'completed', 'normalClearing'],
  ])('follows %s to %s with cause %s', async (template, status, cause) => {
    const sandbox = await startSandbox();
    let base = '';
    const receiver = await startReceiver(sandbox.publicKey, {
      '/new': () => template.replace('{base}', base),
    });
    base = receiver.base;
    const transcript = await sandbox.simulateIncomingCall({
      from: '+4915791234567',
      to: '+4921100000000',
      webhookUrl: `${base}/new`,
    });
    expect(transcript.finalState).toMatchObject({ status, cause });
    expect(receiver.received.at(-1)?.fields.get('cause')).toBe(cause);
  });

  it('does not answer when answer is false and uses the given hangupCause', async () => {
    const sandbox = await startSandbox();
    let base = '';
    const receiver = await startReceiver(sandbox.publicKey, {
      '/new': () => `<Response onAnswer="${base}/answer" onHangup="${base}/hangup"/>`,
    });
    base = receiver.base;
    const transcript = await sandbox.simulateIncomingCall({
      from: '+4915791234567',
      to: '+4921100000000',
      webhookUrl: `${base}/new`,
      answer: false,
      hangupCause: 'noAnswer',
    });
    expect(receiver.received.map((push) => push.path)).toEqual(['/new', '/hangup']);
    expect(transcript.finalState).toMatchObject({ status: 'notAnswered', cause: 'noAnswer' });
  });

  it('goes on without instructions when the webhook is unreachable or answers garbage', async () => {
    const sandbox = await startSandbox({ webhookTimeoutMs: 500 });
    const unreachable = await sandbox.simulateIncomingCall({
      from: '+4915791234567',
      to: '+4921100000000',
      webhookUrl: 'http://127.0.0.1:9/',
    });
    expect(unreachable.events[0]?.status).toBe(0);
    expect(unreachable.events[0]?.error).toBeDefined();
    expect(unreachable.finalState.status).toBe('completed');
    const receiver = await startReceiver(sandbox.publicKey, { '/': '<Response><Dial>' });
    const garbage = await sandbox.simulateIncomingCall({
      from: '+4915791234567',
      to: '+4921100000000',
      webhookUrl: `${receiver.base}/`,
    });
    expect(garbage.events[0]?.error).toMatch(/Unreadable XML/);
  });

  it('uses the incomingUrl setting when no webhookUrl is given, and needs one of them', async () => {
    const sandbox = await startSandbox();
    await expect(
      sandbox.simulateIncomingCall({ from: '+4915791234567', to: '+4921100000000' }),
    ).rejects.toThrow(/webhookUrl/);
    const receiver = await startReceiver(sandbox.publicKey, {});
    sandbox.state.settings.incomingUrl = `${receiver.base}/incoming`;
    await sandbox.simulateIncomingCall({ from: '+4915791234567', to: '+4921100000000' });
    expect(receiver.received[0]?.path).toBe('/incoming');
  });
});

describe('simulated calls and the REST API', () => {
  it('an answered call is an established RTCM call during talkMs and can be hung up over RTCM', async () => {
    const sandbox = await startSandbox();
    let base = '';
    const seen: unknown[] = [];
    const auth = `Basic ${Buffer.from(`${sandbox.credentials.tokenId}:${sandbox.credentials.token}`).toString('base64')}`;
    const receiver = await startReceiver(sandbox.publicKey, {
      '/new': () => `<Response onAnswer="${base}/answer" onHangup="${base}/hangup"/>`,
      '/answer': (fields) => {
        // Like a real handler: act on the call asynchronously, after answering the push.
        setTimeout(async () => {
          const calls = await fetch(`${sandbox.url}/calls`, { headers: { Authorization: auth } });
          seen.push(await calls.json());
          await fetch(`${sandbox.url}/calls/${fields.get('callId')}`, {
            method: 'DELETE',
            headers: { Authorization: auth },
          });
        }, 20);
        return '';
      },
    });
    base = receiver.base;
    const started = Date.now();
    const transcript = await sandbox.simulateIncomingCall({
      from: '+4915791234567',
      to: '+4921100000000',
      webhookUrl: `${base}/new`,
      talkMs: 5_000,
    });
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(seen).toEqual([
      {
        data: [
          {
            callId: transcript.callId,
            muted: false,
            recording: false,
            hold: false,
            participants: [
              { participantId: '0', phoneNumber: '+4921100000000', muted: false, hold: false, owner: true },
              { participantId: '1', phoneNumber: '+4915791234567', muted: false, hold: false, owner: false },
            ],
          },
        ],
      },
    ]);
    expect(sandbox.state.calls[0]?.status).toBe('ended');
    expect(sandbox.state.history.filter((entry) => entry.callId === transcript.callId)).toHaveLength(1);
  });

  it.each([
    [true, 'INCOMING', 'SUCCESS'],
    [false, 'MISSED_INCOMING', 'MISSED'],
  ])('adds a history entry (answered: %s → %s, %s)', async (answer, direction, callStatus) => {
    const sandbox = await startSandbox();
    const receiver = await startReceiver(sandbox.publicKey, {});
    const transcript = await sandbox.simulateIncomingCall({
      from: '+4915791234567',
      to: '+4921100000000',
      webhookUrl: `${receiver.base}/`,
      answer,
    });
    expect(sandbox.state.history[0]).toMatchObject({
      type: 'CALL',
      direction,
      callStatus,
      source: '+4915791234567',
      target: '+4921100000000',
    });
    expect(sandbox.state.calls.filter((call) => call.status === 'established')).toEqual([]);
    expect(transcript.finalState.status).toBe(answer ? 'completed' : 'notAnswered');
  });
});

describe('simulateOutgoingCall', () => {
  it('sends direction=out and answers with the callee', async () => {
    const sandbox = await startSandbox();
    let base = '';
    const receiver = await startReceiver(sandbox.publicKey, {
      '/out': () => `<Response onAnswer="${base}/answer"/>`,
    });
    base = receiver.base;
    const transcript = await sandbox.simulateOutgoingCall({
      from: '+4921100000000',
      to: '+4915791234567',
      webhookUrl: `${base}/out`,
    });
    expect(receiver.received[0]?.fields.get('direction')).toBe('out');
    expect(receiver.received[1]?.fields.get('answeringNumber')).toBe('4915791234567');
    expect(receiver.received[1]?.fields.has('user')).toBe(false);
    expect(transcript.direction).toBe('out');
  });
});
