import { AUTH_HEADER, createTestClient, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { startLocalServer } from './__fixtures__/local-server.js';
import { pdfOfSize } from './__fixtures__/pdf.js';
import { createFaxModule } from './fax.js';

setupNock(); // no nock interceptors here: real sockets, loopback only

const TWENTY_MIB = 20 * 1024 * 1024;

describe('large faxes', () => {
  it('sends a 20 MiB PDF whole: the local server receives every byte in the JSON body', async () => {
    const pdf = pdfOfSize(TWENTY_MIB);
    let received:
      | { method?: string; url?: string; headers: Record<string, unknown>; body: Buffer }
      | undefined;
    const server = await startLocalServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received = {
          method: request.method,
          url: request.url,
          headers: request.headers,
          body: Buffer.concat(chunks),
        };
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"sessionId":"big-fax"}');
      });
    });
    try {
      const fax = createFaxModule(createTestClient({ baseUrl: server.baseUrl, timeout: 60_000 }));
      const result = await fax.send({
        to: '+4921112345678',
        faxlineId: 'f0',
        filename: 'big.pdf',
        fileContent: pdf,
      });
      expect(result).toEqual({ sessionId: 'big-fax' });
    } finally {
      await server.close();
    }

    expect(received?.method).toBe('POST');
    expect(received?.url).toBe('/v2/sessions/fax');
    expect(received?.headers.authorization).toBe(AUTH_HEADER);
    expect(received?.headers['content-type']).toBe('application/json');
    expect(Number(received?.headers['content-length'])).toBe(received?.body.length);
    const json = JSON.parse(received!.body.toString('utf8'));
    expect(Object.keys(json)).toEqual(['faxlineId', 'recipient', 'filename', 'base64Content']);
    expect(json).toMatchObject({ faxlineId: 'f0', recipient: '+4921112345678', filename: 'big.pdf' });
    expect(json.base64Content).toHaveLength(Math.ceil(TWENTY_MIB / 3) * 4);
    const decoded = Buffer.from(json.base64Content, 'base64');
    expect(decoded.length).toBe(TWENTY_MIB);
    expect(decoded.equals(pdf)).toBe(true);
  });
});
