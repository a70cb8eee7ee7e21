import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { FluentWebhookServer } from './fluent.js';
import type { WebhookServer } from './server.js';
import { NEW_CALL_BODY, postSigned, SERVER_ADDRESS, TEST_PUBLIC_KEY } from './test-helpers.js';
import { WebhookResponse } from './webhook-response.js';

const running: WebhookServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.stop()));
});

describe('FluentWebhookServer', () => {
  it.each([
    ['newCall', (server: FluentWebhookServer) => server.setOnNewCallListener(() => undefined)],
    ['answer', (server: FluentWebhookServer) => server.setOnAnswerListener(() => undefined)],
    ['hangup', (server: FluentWebhookServer) => server.setOnHangupListener(() => undefined)],
    ['data', (server: FluentWebhookServer) => server.setOnDataListener(() => undefined)],
  ])('refuses a second %s listener with the original message', (name, set) => {
    const server = new FluentWebhookServer();
    set(server);
    expect(() => set(server)).toThrow(`can only handle one ${name} listener`);
  });

  it('rejects a missing serverAddress', async () => {
    await expect(new FluentWebhookServer().setServerPort(0).startServer()).rejects.toMatchObject({
      name: 'SipgateIOValidationError',
      message: 'invalid or missing serverAddress',
    });
  });

  it('starts with every listener registered and verification on', async () => {
    const seen: string[] = [];
    const server = await new FluentWebhookServer()
      .setServerAddress(SERVER_ADDRESS)
      .setServerPort(0)
      .setHostname('127.0.0.1')
      .setOptions({ publicKey: TEST_PUBLIC_KEY, onError: () => {} })
      .setOnNewCallListener(() => WebhookResponse.gatherDTMF({ maxDigits: 1, timeout: 1000 }))
      .setOnAnswerListener((event) => {
        seen.push(event.event);
      })
      .setOnHangupListener((event) => {
        seen.push(event.event);
      })
      .setOnDataListener((event) => {
        seen.push(event.dtmf);
      })
      .startServer();
    running.push(server);
    const url = `http://127.0.0.1:${(server.getHttpServer().address() as AddressInfo).port}/`;
    const text = await (await postSigned(url, NEW_CALL_BODY)).text();
    expect(text).toContain('<Response onAnswer=');
    expect(text).toContain('onHangup=');
    expect(text).toContain('<Gather maxDigits="1" timeout="1000" onData=');
    await postSigned(url, 'event=dtmf&dtmf=7&callId=1');
    expect(seen).toEqual(['7']);
    const unsigned = await fetch(url, { method: 'POST', body: NEW_CALL_BODY });
    expect(unsigned.status).toBe(415);
  });
});
