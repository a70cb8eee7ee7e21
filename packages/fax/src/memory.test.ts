import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createTestClient, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { startLocalServer } from './__fixtures__/local-server.js';
import { pdfOfSize } from './__fixtures__/pdf.js';
import { createFaxModule } from './fax.js';
import { sendFaxBody } from './send-fax-body.js';

// Memory of a 20 MiB fax, measured two ways (vitest offers no --expose-gc: the flag is set at run time and
// `gc` is fetched from a fresh context). The PDF is allocated before each baseline, so the caller's file
// itself is never counted.
//
// 1. Encoding, by the peak resident set size (process.resourceUsage().maxRSS): a high-water mark, so it also
//    sees short-lived intermediate strings that a sampling loop could never catch inside synchronous code.
//    This test runs first in its own file (vitest gives each file a fresh process), so the mark is not left
//    over from other tests. Measured on Node 20: ≈2.5–2.9× for the sliced Blob body (the Blob's base64 text plus
//    GC lag on 1 MiB slices) versus ≈8.9× for `JSON.stringify` of one big base64 string.
// 2. The whole send, by live memory (heapUsed + arrayBuffers after a full GC, sampled every MiB while the
//    local server receives the body; the server discards it, so nothing on the receiving side is counted).
//    Measured: ≈1.4×. On Node the body is a stream encoded slice by slice while it uploads, sent past the
//    request clones of ky and fetch (whose tees would keep every chunk read: ≈4.1× when the body was a Blob);
//    what remains is the slices in flight, the socket's write queue and the in-process server's read
//    buffers while the sampling slows it. The bound stays 6×.
setupNock();
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const FILE_SIZE = 20 * 1024 * 1024;

function liveMemory(): number {
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

function peakResidentBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

describe('memory while sending a 20 MiB fax', () => {
  it('encoding peaks below 4× the file size and keeps about one base64 copy alive', () => {
    const pdf = pdfOfSize(FILE_SIZE);
    gc();
    const liveBefore = liveMemory();
    const peakBefore = peakResidentBytes();
    const body = sendFaxBody(
      { faxlineId: 'f0', recipient: '+4921112345678', filename: 'x', byteLength: FILE_SIZE },
      pdf,
    );
    const peakGrowth = (peakResidentBytes() - peakBefore) / FILE_SIZE;
    const liveGrowth = (liveMemory() - liveBefore) / FILE_SIZE;
    expect(body.size).toBeGreaterThan((FILE_SIZE * 4) / 3);
    expect(peakGrowth).toBeLessThan(4);
    expect(liveGrowth).toBeGreaterThan(1.2); // the measurement sees the body at all
    expect(liveGrowth).toBeLessThan(1.6);
  });

  it('live memory during the whole send stays below 6× the file size', async () => {
    const pdf = pdfOfSize(FILE_SIZE);
    let baseline = 0;
    let peak = 0;
    let received = 0;
    let sampledAt = 0;
    const server = await startLocalServer((request, response) => {
      request.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received - sampledAt >= 1024 * 1024) {
          sampledAt = received;
          peak = Math.max(peak, liveMemory());
        }
      });
      request.on('end', () =>
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"sessionId":"s"}'),
      );
    });
    try {
      const fax = createFaxModule(createTestClient({ baseUrl: server.baseUrl, timeout: 60_000 }));
      baseline = liveMemory();
      peak = baseline;
      await fax.send({ to: '+4921112345678', faxlineId: 'f0', fileContent: pdf });
    } finally {
      await server.close();
    }
    const growth = (peak - baseline) / FILE_SIZE;
    expect(received).toBeGreaterThan((FILE_SIZE * 4) / 3);
    expect(sampledAt).toBeGreaterThan(FILE_SIZE); // samples were taken throughout the upload
    expect(growth).toBeGreaterThan(1.2); // the measurement sees the body at all
    expect(growth).toBeLessThan(6);
  });
});
