import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import vector from './__fixtures__/webhook-signature-vector.json' with { type: 'json' };
import {
  FORM,
  NEW_CALL_BODY,
  postSigned,
  rawRequest,
  SERVER_ADDRESS,
  startTestServer,
  type TestServer,
} from './test-helpers.js';
import { createWebhookModule } from './webhook.js';

const servers: TestServer[] = [];
async function start(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const server = await startTestServer(options);
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map(({ server }) => server.stop()));
});

/** Opens a raw TCP connection, writes `text`, resolves what the server sent until it closed. */
function rawExchange(url: string, text: string, waitMs = 3000): Promise<{ data: string; closed: boolean }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let data = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ data, closed: false });
    }, waitMs);
    socket.on('data', (chunk) => {
      data += chunk.toString('latin1');
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ data, closed: true });
    });
    socket.on('error', reject);
    socket.write(text);
  });
}

describe('createWebhookModule().createServer over real sockets', () => {
  it.each([
    ['the publicKey option', { publicKey: vector.publicKeyPem }],
    ['the built-in default key', { publicKey: undefined }],
  ])('accepts the real signed vector and rejects its tampered body with %s', async (_name, options) => {
    const { server, url, errors } = await start(options);
    const users: string[][] = [];
    server.onNewCall((event) => {
      users.push(event.users);
    });
    const headers = { 'content-type': FORM, 'x-sipgate-signature': vector.signature };
    const valid = await fetch(url, { method: 'POST', headers, body: vector.body });
    expect(valid.status).toBe(200);
    expect(valid.headers.get('content-type')).toBe('application/xml');
    const tampered = await fetch(url, { method: 'POST', headers, body: vector.tamperedBody });
    expect(tampered.status).toBe(403);
    expect(users).toEqual([['TestUser']]);
    expect(errors.map(({ context }) => context)).toEqual([
      expect.objectContaining({ stage: 'signature', status: 403 }),
    ]);
  });

  it('answers 413 from Content-Length alone, before reading the body', async () => {
    const { url, errors } = await start({ maxBodyBytes: 1000 });
    const { data } = await rawExchange(
      url,
      `POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${FORM}\r\nContent-Length: 10000000\r\n\r\nevent=newCall`,
    );
    expect(data).toMatch(/^HTTP\/1\.1 413 /);
    expect(data.toLowerCase()).toContain('connection: close');
    expect(errors[0]?.context).toMatchObject({ stage: 'request', status: 413 });
  });

  it('answers 413 for a chunked body that grows past the limit and stops reading', async () => {
    const { url } = await start({ maxBodyBytes: 2048 });
    const chunks = Array.from({ length: 50 }, () => new Uint8Array(1024).fill(97));
    const response = await rawRequest(url, {
      headers: { 'content-type': FORM, 'transfer-encoding': 'chunked' },
      chunks,
      pauseMs: 2,
    }).catch((error: unknown) => ({ status: -1, error }));
    expect(response.status).toBe(413);
  });

  it('closes connections whose headers never complete (headersTimeout)', async () => {
    const { url } = await start({ timeouts: { headersTimeout: 300, requestTimeout: 600 } });
    const started = Date.now();
    const { closed, data } = await rawExchange(url, 'POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\n', 5000);
    expect(closed).toBe(true);
    expect(data).toMatch(/^HTTP\/1\.1 408 |^$/);
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('reports a server error after listening instead of crashing', async () => {
    const { server, errors } = await start();
    const failure = new Error('EMFILE');
    server.getHttpServer().emit('error', failure);
    expect(errors).toEqual([{ error: failure, context: { stage: 'request', status: 0 } }]);
  });

  it('sets header, request and keep-alive timeouts by default', async () => {
    const { server } = await start();
    const http = server.getHttpServer();
    expect(http.headersTimeout).toBe(10_000);
    expect(http.requestTimeout).toBe(15_000);
    expect(http.keepAliveTimeout).toBe(5_000);
  });

  it('stop() lets a request in flight finish, then refuses new connections', async () => {
    const { server, url } = await start();
    let release: () => void = () => {};
    server.onNewCall(async () => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    });
    const inFlight = postSigned(url, NEW_CALL_BODY);
    await new Promise((resolve) => setTimeout(resolve, 50));
    let stopped = false;
    const stopping = server.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    release();
    expect((await inFlight).status).toBe(200);
    await stopping;
    expect(stopped).toBe(true);
    await expect(fetch(url, { method: 'POST' })).rejects.toThrow();
    expect(server.stop()).toBe(server.stop());
  });

  it('stop() does not wait for idle keep-alive connections', async () => {
    const { server, url } = await start();
    await (await postSigned(url, NEW_CALL_BODY)).text();
    const started = Date.now();
    await server.stop();
    // keepAliveTimeout is 5 s: stopping well before it means the idle socket was closed, not waited for.
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('rejects with the listen error when the port is taken', async () => {
    const { server } = await start();
    const { port } = server.getHttpServer().address() as { port: number };
    await expect(
      createWebhookModule().createServer({ port, hostname: '127.0.0.1', serverAddress: SERVER_ADDRESS }),
    ).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });

  it.each([[-1], [70000], ['abc'], [1.5]])('rejects port %j', async (port) => {
    await expect(
      createWebhookModule().createServer({ port: port as number, serverAddress: SERVER_ADDRESS }),
    ).rejects.toMatchObject({ name: 'SipgateIOValidationError', field: 'port' });
  });

  it('rejects a publicKey that is PEM but not an RSA key before listening', async () => {
    await expect(
      createWebhookModule().createServer({
        port: 0,
        hostname: '127.0.0.1',
        serverAddress: SERVER_ADDRESS,
        publicKey: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----',
      }),
    ).rejects.toMatchObject({ name: 'SipgateIOValidationError', field: 'publicKey' });
  });

  it('accepts the port as a string, as the original did', async () => {
    const server = await createWebhookModule().createServer({
      port: '0',
      hostname: '127.0.0.1',
      serverAddress: '',
    });
    await server.stop();
  });

  it('answers with the handler timeout over a socket', async () => {
    const { server, url, errors } = await start({ handlerTimeout: 100 });
    server.onAnswer(() => undefined);
    server.onNewCall(() => new Promise(() => {}));
    const response = await postSigned(url, NEW_CALL_BODY);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/<Response onAnswer="[^"]+"\/>$/);
    expect(errors[0]?.context).toMatchObject({ stage: 'timeout' });
  });
});
