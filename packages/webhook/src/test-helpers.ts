import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServerOptions, WebhookServer } from './server.js';
import { createWebhookModule } from './webhook.js';

/** A key pair generated for the tests: sipgate's private key is (of course) not available. */
const keyPair = generateKeyPairSync('rsa', { modulusLength: 2048 });
export const TEST_PUBLIC_KEY = keyPair.publicKey.export({ type: 'spki', format: 'pem' }).toString();

/** Signs `body` like sipgate does (RSA-SHA256, PKCS#1 v1.5, base64). */
export function signBody(body: string | Uint8Array): string {
  return sign(
    'sha256',
    typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
    keyPair.privateKey,
  ).toString('base64');
}

export const FORM = 'application/x-www-form-urlencoded; charset=UTF-8';
export const SERVER_ADDRESS = 'https://example.com/webhook?tenant=a&b=<c>';

export const NEW_CALL_BODY =
  'event=newCall&direction=in&from=492111234567&to=4915791234567&callId=123456&origCallId=123456&user%5B%5D=Alice&user%5B%5D=Bob&userId%5B%5D=w0&userId%5B%5D=w1&fullUserId%5B%5D=1234567w0&fullUserId%5B%5D=1234567w1&xcid=abc';

export interface TestServer {
  server: WebhookServer;
  url: string;
  errors: { error: unknown; context: unknown }[];
}

/** Starts the built-in server on 127.0.0.1, any port, with the test key; errors are collected. */
export async function startTestServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const errors: TestServer['errors'] = [];
  const server = await createWebhookModule().createServer({
    port: 0,
    hostname: '127.0.0.1',
    serverAddress: SERVER_ADDRESS,
    publicKey: TEST_PUBLIC_KEY,
    onError: (error, context) => errors.push({ error, context }),
    ...options,
  });
  const { port } = server.getHttpServer().address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/webhook`, errors };
}

/** POSTs a signed form body. */
export function postSigned(
  url: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': FORM, 'x-sipgate-signature': signBody(body), ...headers },
    body,
  });
}

/** Serves files from memory on 127.0.0.1 (honouring `Range: bytes=0-N` unless `ignoreRange`); counts requests. */
export async function startFileServer(
  files: Record<string, Uint8Array>,
  options: { ignoreRange?: boolean; delayMs?: number } = {},
): Promise<{
  server: Server;
  baseUrl: string;
  requests: { path: string; range?: string }[];
  close(): Promise<void>;
}> {
  const requests: { path: string; range?: string }[] = [];
  const server = createServer((request, response) => {
    requests.push({ path: request.url ?? '', range: request.headers.range });
    const file = files[request.url ?? ''];
    setTimeout(() => {
      if (!file) {
        response.writeHead(404).end();
        return;
      }
      const range = /^bytes=0-(\d+)$/.exec(request.headers.range ?? '');
      if (range && !options.ignoreRange) {
        const end = Math.min(Number(range[1]), file.length - 1);
        response.writeHead(206, {
          'content-type': 'audio/wav',
          'content-range': `bytes 0-${end}/${file.length}`,
          'content-length': String(end + 1),
        });
        response.end(file.subarray(0, end + 1));
        return;
      }
      response.writeHead(200, { 'content-type': 'audio/wav', 'content-length': String(file.length) });
      response.end(file);
    }, options.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A WAV file: RIFF/WAVE, fmt chunk, data chunk of `seconds` of silence. */
export function makeWav(
  options: {
    format?: number;
    channels?: number;
    sampleRate?: number;
    bitsPerSample?: number;
    seconds?: number;
    extraChunk?: number;
  } = {},
): Uint8Array {
  const {
    format = 1,
    channels = 1,
    sampleRate = 8000,
    bitsPerSample = 16,
    seconds = 1,
    extraChunk = 0,
  } = options;
  const byteRate = (sampleRate * channels * bitsPerSample) / 8;
  const dataSize = Math.round(byteRate * seconds);
  const extra = extraChunk > 0 ? 8 + extraChunk + (extraChunk % 2) : 0;
  const buffer = Buffer.alloc(12 + 24 + extra + 8 + dataSize);
  buffer.write('RIFF', 0, 'ascii');
  buffer.writeUInt32LE(buffer.length - 8, 4);
  buffer.write('WAVE', 8, 'ascii');
  buffer.write('fmt ', 12, 'ascii');
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(format, 20);
  buffer.writeUInt16LE(channels, 22);
  buffer.writeUInt32LE(sampleRate, 24);
  buffer.writeUInt32LE(byteRate, 28);
  buffer.writeUInt16LE((channels * bitsPerSample) / 8, 32);
  buffer.writeUInt16LE(bitsPerSample, 34);
  let offset = 36;
  if (extra > 0) {
    buffer.write('LIST', offset, 'ascii');
    buffer.writeUInt32LE(extraChunk, offset + 4);
    offset += extra;
  }
  buffer.write('data', offset, 'ascii');
  buffer.writeUInt32LE(dataSize, offset + 4);
  return new Uint8Array(buffer);
}

/** Sends a request with node:http, writing `chunks` one by one (with a pause between them). */
export function rawRequest(
  url: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    chunks?: Uint8Array[];
    pauseMs?: number;
  } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { method = 'POST', headers = {}, chunks = [], pauseMs = 10 } = options;
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method, headers }, (response) => {
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(parts).toString('utf8'),
        }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    void (async () => {
      for (const chunk of chunks) {
        if (request.destroyed) return;
        request.write(chunk);
        await new Promise((wait) => setTimeout(wait, pauseMs));
      }
      request.end();
    })();
  });
}
