// One test per way the original webhook server failed its users (crashes, spoofing, broken XML, ignored
// options); each test name says what we do instead.
import type { AddressInfo } from 'node:net';
import { SipgateIOValidationError } from '@sipgateio/core';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { clearAudioCache, validateAnnouncementAudio } from './audio.js';
import { SipgateIOWebhookError } from './errors.js';
import { FluentWebhookServer } from './fluent.js';
import { parseWebhookBody } from './parse-event.js';
import {
  FORM,
  makeWav,
  NEW_CALL_BODY,
  postSigned,
  rawRequest,
  SERVER_ADDRESS,
  signBody,
  startFileServer,
  startTestServer,
  TEST_PUBLIC_KEY,
  type TestServer,
} from './test-helpers.js';
import { createWebhookModule } from './webhook.js';
import type { GatherObject } from './webhook.types.js';
import { WebhookResponse } from './webhook-response.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseAttributeValue: false,
});
const servers: TestServer[] = [];
const cleanups: (() => Promise<unknown>)[] = [];

async function start(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const server = await startTestServer(options);
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map(({ server }) => server.stop()));
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
  clearAudioCache();
});

describe('webhook bugs of the original, fixed', () => {
  it('a throwing handler, a wrong content type or a missing signature are answered, never an unhandled rejection or a dead process', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const { server, url, errors } = await start();
      const failure = new Error('handler broke');
      server.onNewCall(() => {
        throw failure;
      });
      expect((await postSigned(url, NEW_CALL_BODY)).status).toBe(500);
      expect(errors[0]).toMatchObject({
        error: failure,
        context: { stage: 'handler', status: 500, event: 'newCall' },
      });

      server.onNewCall(async () => Promise.reject(new Error('async broke')));
      expect((await postSigned(url, NEW_CALL_BODY)).status).toBe(500);
      expect((await postSigned(url, NEW_CALL_BODY, { 'content-type': 'application/json' })).status).toBe(415);
      const unsigned = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': FORM },
        body: NEW_CALL_BODY,
      });
      expect(unsigned.status).toBe(403);

      server.onNewCall(() => WebhookResponse.hangUpCall());
      const healthy = await postSigned(url, NEW_CALL_BODY);
      expect(healthy.status).toBe(200);
      expect(await healthy.text()).toContain('<Hangup/>');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('bodies have a size limit (413) and a multi-byte character split across chunks stays intact (and verifies)', async () => {
    const { server, url } = await start({ maxBodyBytes: 1024 });
    const seen: unknown[] = [];
    server.onNewCall((event) => {
      seen.push(event.users);
    });
    const body = Buffer.from(`${NEW_CALL_BODY}&user%5B%5D=J\u00fcrgen \u{1F600}`, 'utf8');
    const split = body.indexOf(Buffer.from('\u{1F600}', 'utf8')) + 2;
    const answer = await rawRequest(url, {
      headers: {
        'content-type': FORM,
        'x-sipgate-signature': signBody(body),
        'content-length': String(body.length),
      },
      chunks: [body.subarray(0, split), body.subarray(split)],
    });
    expect(answer.status).toBe(200);
    expect(seen).toEqual([['Alice', 'Bob', 'J\u00fcrgen \u{1F600}']]);

    const large = Buffer.alloc(4096, 'a');
    const tooLarge = await rawRequest(url, {
      headers: { 'content-type': FORM, 'transfer-encoding': 'chunked' },
      chunks: [large.subarray(0, 600), large.subarray(600)],
    });
    expect(tooLarge.status).toBe(413);
    expect(seen).toHaveLength(1);
  });

  it('a spoofed X-Forwarded-For is ignored unless trustProxy is configured', async () => {
    const sipgate = '217.116.118.254';
    const direct = await start({ allowedSourceAddresses: [sipgate] });
    direct.server.onNewCall(() => undefined);
    const spoofed = await postSigned(direct.url, NEW_CALL_BODY, { 'x-forwarded-for': sipgate });
    expect(spoofed.status).toBe(403);
    expect(direct.errors[0]?.context).toMatchObject({
      stage: 'request',
      status: 403,
      remoteAddress: '127.0.0.1',
    });

    const proxied = await start({ allowedSourceAddresses: [sipgate], trustProxy: 1 });
    // A list: the client-supplied left part is ignored; the entry the trusted proxy added counts.
    expect(
      (await postSigned(proxied.url, NEW_CALL_BODY, { 'x-forwarded-for': `1.2.3.4, ${sipgate}` })).status,
    ).toBe(200);
    expect(
      (await postSigned(proxied.url, NEW_CALL_BODY, { 'x-forwarded-for': `${sipgate}, 1.2.3.4` })).status,
    ).toBe(403);
    // No proxy header at all: the socket address (127.0.0.1) is not sipgate.
    expect((await postSigned(proxied.url, NEW_CALL_BODY)).status).toBe(403);
  });

  it('a missing signature header fails verification with 403 (no throw) and the handler is never called', async () => {
    const { server, url, errors } = await start();
    let called = false;
    server.onNewCall(() => {
      called = true;
    });
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': FORM },
      body: NEW_CALL_BODY,
    });
    expect(response.status).toBe(403);
    expect(called).toBe(false);
    expect(errors[0]?.error).toBeInstanceOf(SipgateIOWebhookError);
    expect(errors[0]?.error).toMatchObject({
      message: expect.stringContaining('X-Sipgate-Signature header is missing'),
    });
  });

  it('error answers use real status codes with Content-Type application/xml and never echo the event name', async () => {
    const { url } = await start();
    const body = 'event=%3Cscript%3Ealert(1)%3C%2Fscript%3E&callId=1';
    const response = await postSigned(url, body);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/xml');
    const text = await response.text();
    expect(text).not.toContain('script');
    expect(parser.parse(text).Error['@message']).toBe('Malformed webhook request.');
  });

  it('events named constructor, toString, valueOf or __proto__ never reach Object.prototype', async () => {
    const { url, errors } = await start();
    for (const name of ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty']) {
      const response = await postSigned(url, `event=${name}&callId=1&from=49123`);
      expect(response.status, name).toBe(400);
      expect(await response.text()).not.toContain('49123');
    }
    expect(errors.every(({ context }) => (context as { status: number }).status === 400)).toBe(true);
  });

  it('a serverAddress or callerId with & < > " is escaped so the XML parses and round-trips', async () => {
    const { server, url } = await start();
    const callerId = '+49 "&<x>\'';
    server.onAnswer(() => undefined);
    server.onNewCall(() => WebhookResponse.redirectCall({ numbers: ['+4915799912345'], callerId }));
    const document = parser.parse(await (await postSigned(url, NEW_CALL_BODY)).text());
    expect(document.Response['@onAnswer']).toBe(SERVER_ADDRESS);
    expect(document.Response.Dial['@callerId']).toBe(callerId);
  });

  it('redirectCall emits anonymous only when given', () => {
    expect(WebhookResponse.redirectCall({ numbers: ['+49'] }).Dial._attributes).toEqual({});
    expect(WebhookResponse.redirectCall({ numbers: ['+49'], anonymous: false }).Dial._attributes).toEqual({
      anonymous: 'false',
    });
  });

  it('hostname is actually bound (default localhost, a loopback address)', async () => {
    const bound = await start({ hostname: '127.0.0.1' });
    expect((bound.server.getHttpServer().address() as AddressInfo).address).toBe('127.0.0.1');
    const byDefault = await createWebhookModule().createServer({ port: 0, serverAddress: SERVER_ADDRESS });
    cleanups.push(() => byDefault.stop());
    expect(['127.0.0.1', '::1']).toContain((byDefault.getHttpServer().address() as AddressInfo).address);
  });

  it('keys are renamed per key (never inside values), unencoded user[] is read, + is never doubled or added to empty values', () => {
    const event = parseWebhookBody(
      'event=answer&callId=origCallId&xcid=user%5B%5D&origCallId=7&user[]=Alice&from=%2B4912&to=&answeringNumber=anonymous&diversion=4930',
    );
    expect(event).toMatchObject({
      callId: 'origCallId',
      xcid: 'user[]',
      originalCallId: '7',
      users: ['Alice'],
      from: '+4912',
      to: '',
      answeringNumber: 'anonymous',
      diversion: '+4930',
    });
  });

  it('an invalid serverAddress is rejected up front; requests are not compared with it (nor logged) per request', async () => {
    await expect(
      createWebhookModule().createServer({ port: 0, hostname: '127.0.0.1', serverAddress: 'not a url' }),
    ).rejects.toMatchObject({ name: 'SipgateIOValidationError', field: 'serverAddress' });
    const { server, url, errors } = await start();
    server.onNewCall(() => undefined);
    // The server sees host 127.0.0.1 and another path than serverAddress (as behind any proxy): fine.
    expect((await postSigned(url.replace('/webhook', '/elsewhere?x=1'), NEW_CALL_BODY)).status).toBe(200);
    expect(errors).toEqual([]);
  });

  it("the caller's Gather object is never mutated, and a Gather without a dtmf handler is an error telling to register one", async () => {
    const withoutData = await start();
    const gather: GatherObject = { Gather: { _attributes: { maxDigits: '1', timeout: '2000' } } };
    const frozen = structuredClone(gather);
    withoutData.server.onNewCall(() => gather);
    expect((await postSigned(withoutData.url, NEW_CALL_BODY)).status).toBe(500);
    expect(withoutData.errors[0]?.error).toMatchObject({
      message: expect.stringMatching(/register one with onData/),
    });

    const withData = await start();
    withData.server.onData(() => undefined);
    withData.server.onNewCall(() => gather);
    const document = parser.parse(await (await postSigned(withData.url, NEW_CALL_BODY)).text());
    expect(document.Response.Gather['@onData']).toBe(SERVER_ADDRESS);
    expect(gather).toEqual(frozen);
  });

  it('the announcement check reads only the header (Range request, stream aborted), times out and is cached per URL', async () => {
    const files = await startFileServer({ '/a.wav': makeWav({ seconds: 30 }) }, { ignoreRange: true });
    cleanups.push(files.close);
    await validateAnnouncementAudio(`${files.baseUrl}/a.wav`);
    await validateAnnouncementAudio(`${files.baseUrl}/a.wav`);
    expect(files.requests).toEqual([{ path: '/a.wav', range: 'bytes=0-1023' }]);

    const slow = await startFileServer({ '/slow.wav': makeWav() }, { delayMs: 2000 });
    cleanups.push(slow.close);
    await expect(validateAnnouncementAudio(`${slow.baseUrl}/slow.wav`, { timeout: 100 })).rejects.toThrow(
      /no answer within 100 ms/,
    );
  });

  it('gatherDTMF rejects NaN and fractional maxDigits/timeout, with messages that start with the text', async () => {
    await expect(WebhookResponse.gatherDTMF({ maxDigits: Number.NaN, timeout: 1000 })).rejects.toThrow(
      /^Invalid DTMF maxDigits\. The max digits should be equal or greater than 1.*Your maxDigits was: NaN$/,
    );
    await expect(WebhookResponse.gatherDTMF({ maxDigits: 1.5, timeout: 1000 })).rejects.toBeInstanceOf(
      SipgateIOValidationError,
    );
    await expect(WebhookResponse.gatherDTMF({ maxDigits: 1, timeout: 0.5 })).rejects.toMatchObject({
      field: 'timeout',
      message: expect.stringMatching(/^Invalid DTMF timeout\. The timeout should be equal or greater than 0/),
    });
  });

  it('only POST is a webhook: GET, PUT and HEAD probes get 405 and never reach a handler', async () => {
    const { server, url } = await start();
    let called = false;
    server.onNewCall(() => {
      called = true;
    });
    for (const method of ['GET', 'PUT', 'HEAD']) {
      const response = await fetch(`${url}?${NEW_CALL_BODY}`, { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    }
    expect(called).toBe(false);
  });

  it('the fluent server can set hostname and skip verification, and startServer failures reject', async () => {
    await expect(new FluentWebhookServer().setServerAddress(SERVER_ADDRESS).startServer()).rejects.toThrow(
      'invalid or missing serverPort',
    );
    const server = await new FluentWebhookServer()
      .setServerAddress(SERVER_ADDRESS)
      .setServerPort(0)
      .setHostname('127.0.0.1')
      .setSkipSignatureVerification()
      .setOptions({ publicKey: TEST_PUBLIC_KEY })
      .setOnNewCallListener(() => WebhookResponse.hangUpCall())
      .startServer();
    cleanups.push(() => server.stop());
    const { address, port } = server.getHttpServer().address() as AddressInfo;
    expect(address).toBe('127.0.0.1');
    const unsigned = await fetch(`http://127.0.0.1:${port}/`, {
      method: 'POST',
      headers: { 'content-type': FORM },
      body: NEW_CALL_BODY,
    });
    expect(unsigned.status).toBe(200);
    expect(await unsigned.text()).toContain('<Hangup/>');
  });
});
