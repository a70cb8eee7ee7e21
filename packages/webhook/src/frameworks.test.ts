import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebhookHandler, type WebhookErrorContext, type WebhookHandler } from './handler.js';
import { toNodeListener } from './node-adapter.js';
import { FORM, NEW_CALL_BODY, postSigned, SERVER_ADDRESS, TEST_PUBLIC_KEY } from './test-helpers.js';
import { WebhookResponse } from './webhook-response.js';

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

function createTestHandler() {
  const errors: { error: unknown; context: WebhookErrorContext }[] = [];
  const handler = createWebhookHandler({
    serverAddress: SERVER_ADDRESS,
    publicKey: TEST_PUBLIC_KEY,
    allowedSourceAddresses: ['127.0.0.1'],
    onError: (error, context) => errors.push({ error, context }),
  });
  const calls: string[] = [];
  handler.onNewCall((event) => {
    calls.push(event.callId);
    return WebhookResponse.hangUpCall();
  });
  return { handler, errors, calls };
}

function listen(server: Server): Promise<string> {
  closers.push(() => new Promise((resolve) => server.close(resolve)));
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    );
  });
}

async function expectWebhookWorks(url: string, handler: { calls: string[] }): Promise<void> {
  const response = await postSigned(url, NEW_CALL_BODY);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/xml/);
  expect(await response.text()).toBe(
    '<?xml version="1.0" encoding="utf-8"?>\n<Response><Hangup/></Response>',
  );
  const forged = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': FORM, 'x-sipgate-signature': 'AAAA' },
    body: NEW_CALL_BODY,
  });
  expect(forged.status).toBe(403);
  expect(handler.calls).toEqual(['123456']);
}

describe('inside real frameworks', () => {
  it('Express: mounted before body parsers', async () => {
    const test = createTestHandler();
    const app = express();
    app.post('/sipgate', toNodeListener(test.handler));
    app.use(express.urlencoded({ extended: false }));
    app.post('/other', (request, response) => {
      response.json(request.body);
    });
    const base = await listen(app.listen(0, '127.0.0.1'));
    await expectWebhookWorks(`${base}/sipgate`, test);
    expect(test.errors.map(({ context }) => context.stage)).toEqual(['signature']);
  });

  it('Express: with express.raw() in front, and a clear error when urlencoded() ate the body', async () => {
    const test = createTestHandler();
    const app = express();
    app.post(
      '/raw',
      express.raw({ type: 'application/x-www-form-urlencoded' }),
      toNodeListener(test.handler),
    );
    app.use(express.urlencoded({ extended: false }));
    app.post('/eaten', toNodeListener(test.handler));
    const base = await listen(app.listen(0, '127.0.0.1'));
    await expectWebhookWorks(`${base}/raw`, test);
    const eaten = await postSigned(`${base}/eaten`, NEW_CALL_BODY);
    expect(eaten.status).toBe(500);
    expect(test.errors.at(-1)?.error).toMatchObject({ message: expect.stringContaining('already consumed') });
  });

  it('Fastify: a scope that leaves the body unread, reply.hijack()', async () => {
    const test = createTestHandler();
    const listener = toNodeListener(test.handler);
    const app = Fastify();
    await app.register(async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
      scope.post('/sipgate', (request, reply) => {
        reply.hijack();
        listener(request.raw, reply.raw);
      });
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    closers.push(() => app.close());
    const { port } = app.server.address() as AddressInfo;
    await expectWebhookWorks(`http://127.0.0.1:${port}/sipgate`, test);
  });

  it('Hono on @hono/node-server, with the socket address from getConnInfo', async () => {
    const test = createTestHandler();
    const app = new Hono();
    app.post('/sipgate', (context) =>
      (test.handler as WebhookHandler).fetch(context.req.raw, {
        remoteAddress: getConnInfo(context).remote.address,
      }),
    );
    const server = await new Promise<Server>((resolve) => {
      const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
        resolve(started as Server),
      );
    });
    closers.push(() => new Promise((resolve) => server.close(resolve)));
    const { port } = server.address() as AddressInfo;
    await expectWebhookWorks(`http://127.0.0.1:${port}/sipgate`, test);
    // Without the address the source check has nothing to go on: 403.
    const anonymous = new Hono();
    anonymous.post('/', (context) => test.handler.fetch(context.req.raw));
    const response = await anonymous.request('/', {
      method: 'POST',
      headers: { 'content-type': FORM },
      body: 'x',
    });
    expect(response.status).toBe(403);
  });
});
