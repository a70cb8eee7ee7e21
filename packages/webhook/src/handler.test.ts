import { readFileSync } from 'node:fs';
import { SipgateIOValidationError } from '@sipgateio/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import vector from './__fixtures__/webhook-signature-vector.json' with { type: 'json' };
import { createWebhookHandler, type WebhookErrorContext } from './handler.js';
import { SIPGATE_WEBHOOK_PUBLIC_KEY } from './sipgate-public-key.js';
import { FORM, NEW_CALL_BODY, SERVER_ADDRESS, signBody, TEST_PUBLIC_KEY } from './test-helpers.js';
import type { AnswerEvent, DataEvent, HangUpEvent, NewCallEvent } from './webhook.types.js';
import { WebhookResponse } from './webhook-response.js';

function webRequest(body: string, headers: Record<string, string> = {}, method = 'POST'): Request {
  return new Request('https://example.com/webhook', {
    method,
    headers: { 'content-type': FORM, ...headers },
    body: method === 'GET' || method === 'HEAD' ? undefined : body,
  });
}

function collect() {
  const errors: { error: unknown; context: WebhookErrorContext }[] = [];
  return {
    errors,
    onError: (error: unknown, context: WebhookErrorContext) => errors.push({ error, context }),
  };
}

describe('createWebhookHandler().fetch (Web Request/Response)', () => {
  it('accepts the real body signed by sipgate with the key from the vector file', async () => {
    const handler = createWebhookHandler({ publicKey: vector.publicKeyPem });
    const events: NewCallEvent[] = [];
    handler.onNewCall((event) => {
      events.push(event);
    });
    const response = await handler.fetch(
      webRequest(vector.body, { 'x-sipgate-signature': vector.signature }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/xml');
    expect(await response.text()).toBe('<?xml version="1.0" encoding="utf-8"?>\n<Response/>');
    expect(events).toEqual([
      {
        event: 'newCall',
        callId: '',
        direction: 'in',
        from: '+4912354678',
        to: '+49999999',
        originalCallId: '',
        users: ['TestUser'],
        userIds: ['123456789'],
        fullUserIds: ['123456789'],
        xcid: '',
      },
    ]);
  });

  it.each([
    ['the publicKey option', { publicKey: vector.publicKeyPem }],
    ['the built-in default key', {}],
  ])('accepts the real vector and rejects its tampered body with %s', async (_name, options) => {
    const { errors, onError } = collect();
    const handler = createWebhookHandler({ ...options, onError });
    let calls = 0;
    handler.onNewCall(() => {
      calls += 1;
    });
    const valid = await handler.fetch(webRequest(vector.body, { 'x-sipgate-signature': vector.signature }));
    expect(valid.status).toBe(200);
    const tampered = await handler.fetch(
      webRequest(vector.tamperedBody, { 'x-sipgate-signature': vector.signature }),
    );
    expect(tampered.status).toBe(403);
    expect(await tampered.text()).toContain('Signature verification failed.');
    expect(calls).toBe(1);
    expect(errors.map(({ context }) => context)).toEqual([
      expect.objectContaining({ stage: 'signature', status: 403 }),
    ]);
  });

  it('has the vector key built in', () => {
    expect(SIPGATE_WEBHOOK_PUBLIC_KEY.trim()).toBe(vector.publicKeyPem.trim());
  });

  it('rejects a signature made with another key, a malformed one and an empty one', async () => {
    const { onError } = collect();
    const handler = createWebhookHandler({ onError });
    for (const signature of [signBody(NEW_CALL_BODY), 'not base64!', '', 'AAAA']) {
      const response = await handler.fetch(webRequest(NEW_CALL_BODY, { 'x-sipgate-signature': signature }));
      expect(response.status, signature).toBe(403);
    }
  });

  it('routes each event to its typed handler and answers with XML', async () => {
    const handler = createWebhookHandler({ serverAddress: SERVER_ADDRESS, publicKey: TEST_PUBLIC_KEY });
    const seen: string[] = [];
    handler.on('newCall', (event) => {
      expectTypeOf(event).toEqualTypeOf<NewCallEvent>();
      seen.push(`newCall ${event.users.join('+')}`);
      return WebhookResponse.rejectCall({ reason: 'busy' });
    });
    handler.on('answer', (event) => {
      expectTypeOf(event).toEqualTypeOf<AnswerEvent>();
      seen.push(`answer ${event.answeringNumber}`);
    });
    handler.on('hangup', (event) => {
      expectTypeOf(event).toEqualTypeOf<HangUpEvent>();
      seen.push(`hangup ${event.cause}`);
    });
    handler.on('dtmf', (event) => {
      expectTypeOf(event).toEqualTypeOf<DataEvent>();
      seen.push(`dtmf ${event.dtmf}`);
      return WebhookResponse.hangUpCall();
    });
    const send = async (body: string) =>
      (await handler.fetch(webRequest(body, { 'x-sipgate-signature': signBody(body) }))).text();
    const attributes = `onAnswer="${SERVER_ADDRESS.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')}"`;
    expect(await send(NEW_CALL_BODY)).toContain(`<Response ${attributes} onHangup=`);
    expect(await send(NEW_CALL_BODY)).toContain('<Reject reason="busy"/></Response>');
    await send('event=answer&callId=1&answeringNumber=4921199999999&from=1&to=2&direction=in');
    await send('event=hangup&cause=normalClearing&callId=1&from=1&to=2&direction=in');
    expect(await send('event=dtmf&dtmf=0815&callId=1')).toContain('<Hangup/>');
    expect(seen).toEqual([
      'newCall Alice+Bob',
      'newCall Alice+Bob',
      'answer +4921199999999',
      'hangup normalClearing',
      'dtmf 0815',
    ]);
  });

  it('answers a known event without a handler with an empty <Response/>, and an unknown event with 400', async () => {
    const { errors, onError } = collect();
    const handler = createWebhookHandler({ skipSignatureVerification: true, onError });
    const known = await handler.fetch(webRequest('event=dtmf&dtmf=1&callId=1'));
    expect(known.status).toBe(200);
    expect(await known.text()).toBe('<?xml version="1.0" encoding="utf-8"?>\n<Response/>');
    const unknown = await handler.fetch(webRequest('event=transferred&callId=1'));
    expect(unknown.status).toBe(400);
    expect(errors).toHaveLength(1);
  });

  it('enforces the body limit on a streamed Web body without reading it all', async () => {
    const handler = createWebhookHandler({
      skipSignatureVerification: true,
      maxBodyBytes: 100,
      onError: () => {},
    });
    let pulls = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls += 1;
        controller.enqueue(new Uint8Array(64).fill(97));
        if (pulls > 1000) controller.close();
      },
    });
    const request = new Request('https://example.com/', {
      method: 'POST',
      headers: { 'content-type': FORM },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    const response = await handler.fetch(request);
    expect(response.status).toBe(413);
    expect(pulls).toBeLessThan(10);
  });

  it('uses context.remoteAddress for the source check, and X-Forwarded-For only through trustProxy', async () => {
    const options = {
      skipSignatureVerification: true,
      allowedSourceAddresses: ['212.9.46.32'],
      onError: () => {},
    };
    const direct = createWebhookHandler(options);
    const spoofed = webRequest(NEW_CALL_BODY, { 'x-forwarded-for': '212.9.46.32' });
    expect((await direct.fetch(spoofed, { remoteAddress: '10.0.0.1' })).status).toBe(403);
    expect(
      (await direct.fetch(webRequest(NEW_CALL_BODY), { remoteAddress: '::ffff:212.9.46.32' })).status,
    ).toBe(200);
    const behindProxy = createWebhookHandler({ ...options, trustProxy: ['10.0.0.1'] });
    const forwarded = webRequest(NEW_CALL_BODY, { 'x-forwarded-for': '212.9.46.32' });
    expect((await behindProxy.fetch(forwarded, { remoteAddress: '10.0.0.1' })).status).toBe(200);
    expect((await behindProxy.fetch(webRequest(NEW_CALL_BODY))).status).toBe(403);
  });

  it('answers a slow handler with an empty response after handlerTimeout and reports it', async () => {
    const { errors, onError } = collect();
    const handler = createWebhookHandler({ skipSignatureVerification: true, handlerTimeout: 50, onError });
    let fail: (error: Error) => void = () => {};
    handler.onNewCall(
      () =>
        new Promise((_resolve, reject) => {
          fail = reject;
        }),
    );
    // The handler is still pending when the answer arrives: only the timeout can have produced it.
    const response = await handler.fetch(webRequest(NEW_CALL_BODY));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<?xml version="1.0" encoding="utf-8"?>\n<Response/>');
    expect(errors[0]?.context).toMatchObject({
      stage: 'timeout',
      status: 200,
      event: 'newCall',
      callId: '123456',
    });
    fail(new Error('late failure'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(errors[1]).toMatchObject({ error: { message: 'late failure' }, context: { stage: 'handler' } });
  });

  it('rejects invalid UTF-8 and malformed percent-encoding with 400', async () => {
    const handler = createWebhookHandler({ skipSignatureVerification: true, onError: () => {} });
    const invalidUtf8 = new Request('https://example.com/', {
      method: 'POST',
      headers: { 'content-type': FORM },
      body: new Uint8Array([...new TextEncoder().encode('event=newCall&from='), 0xc3, 0x28]),
    });
    expect((await handler.fetch(invalidUtf8)).status).toBe(400);
    expect((await handler.fetch(webRequest('event=newCall&from=%zz'))).status).toBe(400);
    expect((await handler.fetch(webRequest('callId=1'))).status).toBe(400);
  });

  it.each([
    ['application/json', 415],
    ['text/plain', 415],
    ['application/x-www-form-urlencoded; charset=ISO-8859-1', 415],
    ['application/x-www-form-urlencodedX', 415],
    ['Application/X-WWW-Form-Urlencoded', 200],
    ['application/x-www-form-urlencoded;charset="utf-8"', 200],
  ])('content type %s → %i', async (contentType, status) => {
    const handler = createWebhookHandler({ skipSignatureVerification: true, onError: () => {} });
    const response = await handler.fetch(webRequest(NEW_CALL_BODY, { 'content-type': contentType }));
    expect(response.status).toBe(status);
  });

  it('answers 415 when the content type is missing', async () => {
    const handler = createWebhookHandler({ skipSignatureVerification: true, onError: () => {} });
    const request = new Request('https://example.com/', { method: 'POST', body: new Uint8Array([1]) });
    expect((await handler.fetch(request)).status).toBe(415);
  });

  it('reports through console by default: refused requests as warnings, failures as errors', async () => {
    const { error, warn } = console;
    const logged: { level: string; args: unknown[] }[] = [];
    console.error = (...args: unknown[]) => logged.push({ level: 'error', args });
    console.warn = (...args: unknown[]) => logged.push({ level: 'warn', args });
    try {
      const handler = createWebhookHandler({ publicKey: TEST_PUBLIC_KEY });
      await handler.fetch(webRequest(NEW_CALL_BODY));
      handler.onNewCall(() => {
        throw new Error('broken');
      });
      await handler.fetch(webRequest(NEW_CALL_BODY, { 'x-sipgate-signature': signBody(NEW_CALL_BODY) }));
    } finally {
      console.error = error;
      console.warn = warn;
    }
    expect(logged.map(({ level, args }) => `${level} ${String(args[0])}`)).toEqual([
      'warn [@sipgateio/webhook] signature (answered 403):',
      'error [@sipgateio/webhook] handler (answered 500):',
    ]);
  });

  it('survives an onError that throws', async () => {
    const handler = createWebhookHandler({
      onError: () => {
        throw new Error('reporter broke');
      },
    });
    expect((await handler.fetch(webRequest(NEW_CALL_BODY))).status).toBe(403);
  });

  it.each([
    [{ serverAddress: 'ftp://x' }, 'serverAddress'],
    [{ publicKey: 'nope' }, 'publicKey'],
    [{ trustProxy: -1 }, 'trustProxy'],
    [{ trustProxy: [''] }, 'trustProxy'],
    [{ maxBodyBytes: 0 }, 'maxBodyBytes'],
    [{ handlerTimeout: 1.5 }, 'handlerTimeout'],
  ])('rejects invalid options %j', (options, field) => {
    expect(() => createWebhookHandler(options as never)).toThrow(
      expect.objectContaining({ name: 'SipgateIOValidationError', field }),
    );
  });

  it('reports a well-formed PEM that is not an RSA key once per request with 500', async () => {
    const { errors, onError } = collect();
    const handler = createWebhookHandler({
      publicKey: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----',
      onError,
    });
    const response = await handler.fetch(webRequest(NEW_CALL_BODY, { 'x-sipgate-signature': 'AAAA' }));
    expect(response.status).toBe(500);
    expect(errors[0]?.error).toBeInstanceOf(SipgateIOValidationError);
  });

  it('requires a serverAddress for follow-up handlers, with the original message', () => {
    const handler = createWebhookHandler();
    expect(() => handler.onAnswer(() => undefined)).toThrow(
      'No serverAddress set. No Follow-Up Events will be sent.',
    );
    expect(() => handler.on('dtmf', () => undefined)).toThrow(SipgateIOValidationError);
    expect(() => handler.on('constructor' as never, () => undefined)).toThrow(/Unknown webhook event/);
  });

  it('the web entry (handler, builders, parsing) imports no node: built-ins, transitively', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(new URL(file, import.meta.url), 'utf8');
      expect(source, file).not.toMatch(/from ['"](node:|http|https|crypto|net|fs|buffer)['"/]/);
      expect(source, file).not.toMatch(/\bBuffer\b|\bprocess\./);
      for (const [, imported] of source.matchAll(/from '\.\/([\w.-]+)\.js'/g)) visit(`${imported}.ts`);
    };
    visit('web.ts');
    expect(seen).toContain('handler.ts');
    expect(seen).toContain('webhook-response.ts');
    expect(seen).not.toContain('server.ts');
    expect(seen).not.toContain('node-adapter.ts');
  });
});
