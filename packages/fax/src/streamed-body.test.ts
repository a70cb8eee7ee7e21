import type { IncomingHttpHeaders } from 'node:http';
import { isOwnClient, SipgateIOOutcomeUnknownError, sipgateIO, type TokenProvider } from '@sipgateio/core';
import { AUTH_HEADER, createTestClient, fakeJwt, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { startLocalServer } from './__fixtures__/local-server.js';
import { minimalPdf, pdfOfSize } from './__fixtures__/pdf.js';
import { createFaxModule } from './fax.js';
import { sendFaxBody, streamsRequestBodies } from './send-fax-body.js';

setupNock(); // no nock interceptors here: real sockets, loopback only

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A local API that records every fax POST whole and answers each with the next of `statuses`. */
async function recordingServer(statuses: number[] = [200]) {
  const received: Received[] = [];
  const server = await startLocalServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const status = statuses[received.length - 1] ?? 500;
      response
        .writeHead(status, { 'content-type': 'application/json' })
        .end(status === 200 ? `{"sessionId":"s${received.length}"}` : '{}');
    });
  });
  return { ...server, received };
}

/** The body as the SDK sent it when it built one JSON string: what must arrive, byte for byte. */
function stringifiedBody(pdf: Uint8Array, filename: string): string {
  return JSON.stringify({
    faxlineId: 'f0',
    recipient: '+4921112345678',
    filename,
    base64Content: Buffer.from(pdf).toString('base64'),
  });
}

// The streamed body is encoded in slices of 196,608 bytes: sizes below, at and around several slices, and
// sizes leaving 1 and 2 bytes over a multiple of 3 (the base64 padding).
const SLICE = 196_608;
const SIZES = [
  200,
  201,
  202,
  SLICE - 1,
  SLICE,
  SLICE + 1,
  3 * SLICE,
  3 * SLICE + 1,
  3 * SLICE + 2,
  1_000_001,
];

describe('the streamed fax body', () => {
  it('is what this runtime uses with our own client', () => {
    expect(streamsRequestBodies()).toBe(true);
    expect(isOwnClient(createTestClient())).toBe(true);
  });

  it.each(SIZES)(
    'arrives byte-identical to the JSON.stringify body, with its Content-Length, for %i bytes',
    async (size) => {
      const pdf = pdfOfSize(size);
      const server = await recordingServer();
      try {
        const fax = createFaxModule(createTestClient({ baseUrl: server.baseUrl }));
        await expect(
          fax.send({ to: '+4921112345678', faxlineId: 'f0', filename: 'a "quoted" ä.pdf', fileContent: pdf }),
        ).resolves.toEqual({ sessionId: 's1' });
      } finally {
        await server.close();
      }
      const expected = stringifiedBody(pdf, 'a "quoted" ä.pdf');
      expect(server.received).toHaveLength(1);
      const [request] = server.received as [Received];
      expect(request.body).toBe(expected);
      expect(request.headers['content-length']).toBe(String(Buffer.byteLength(expected)));
      expect(request.headers['transfer-encoding']).toBeUndefined();
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers.authorization).toBe(AUTH_HEADER);
      // The Blob body (browsers, other clients) holds the same bytes.
      const blob = sendFaxBody(
        { faxlineId: 'f0', recipient: '+4921112345678', filename: 'a "quoted" ä.pdf', byteLength: size },
        pdf,
      );
      expect(await blob.text()).toBe(expected);
    },
  );

  it('is made afresh for the repeat after a 401: both attempts carry the whole body', async () => {
    const jwt = (name: string) => fakeJwt({ sub: 'w0', name });
    const token = vi.fn<TokenProvider>((rejected) => (rejected ? jwt('new') : jwt('old')));
    const pdf = pdfOfSize(3 * SLICE + 1);
    const server = await recordingServer([401, 200]);
    try {
      const fax = createFaxModule(sipgateIO({ token }, { baseUrl: server.baseUrl, timeout: 60_000 }));
      await expect(
        fax.send({ to: '+4921112345678', faxlineId: 'f0', filename: 'x.pdf', fileContent: pdf }),
      ).resolves.toEqual({ sessionId: 's2' });
    } finally {
      await server.close();
    }
    const expected = stringifiedBody(pdf, 'x.pdf');
    expect(server.received.map((request) => request.body === expected)).toEqual([true, true]);
    expect(server.received.map((request) => request.headers.authorization)).toEqual([
      `Bearer ${jwt('old')}`,
      `Bearer ${jwt('new')}`,
    ]);
    expect(token).toHaveBeenCalledTimes(2);
  });

  it('reads a Blob file once and streams it like bytes', async () => {
    const pdf = minimalPdf();
    const server = await recordingServer();
    try {
      const fax = createFaxModule(createTestClient({ baseUrl: server.baseUrl }));
      await fax.send({
        to: '+4921112345678',
        faxlineId: 'f0',
        filename: 'b.pdf',
        fileContent: new Blob([pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
      });
    } finally {
      await server.close();
    }
    expect(server.received.map((request) => request.body)).toEqual([stringifiedBody(pdf, 'b.pdf')]);
  });

  it('is not what a client that is not ours gets: that one sees the plain object the original posted', async () => {
    const pdf = pdfOfSize(SLICE + 2);
    const post = vi.fn().mockResolvedValue({ sessionId: 'mocked' });
    const reject = () => Promise.reject(new Error('not called'));
    const foreign = { get: reject, put: reject, patch: reject, delete: reject, post };
    const fax = createFaxModule(foreign as never);
    await expect(
      fax.send({ to: '+4921112345678', faxlineId: 'f0', filename: 'c.pdf', fileContent: pdf }),
    ).resolves.toEqual({ sessionId: 'mocked' });
    expect(post.mock.calls).toEqual([['/sessions/fax', JSON.parse(stringifiedBody(pdf, 'c.pdf'))]]);
  });

  it('is not sent again to a redirect: a 307 ends the send as an unknown outcome', async () => {
    let requests = 0;
    const server = await startLocalServer((request, response) => {
      requests += 1;
      request.resume();
      request.on('end', () => response.writeHead(307, { location: '/v2/elsewhere' }).end());
    });
    try {
      const fax = createFaxModule(createTestClient({ baseUrl: server.baseUrl }));
      await expect(
        fax.send({ to: '+4921112345678', faxlineId: 'f0', fileContent: minimalPdf() }),
      ).rejects.toBeInstanceOf(SipgateIOOutcomeUnknownError);
    } finally {
      await server.close();
    }
    expect(requests).toBe(1);
  });
});
