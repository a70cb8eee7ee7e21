/**
 * Worker: sends one PDF-shaped file of `size` bytes as a fax to the local fake. Prints `{ ok, error?, ms,
 * peakRss, rssBefore }`; the file is allocated before `rssBefore` is read, so that figure includes it.
 */
import {
  CREDENTIALS,
  createOurClient,
  importOurs,
  loadOriginal,
  peakRss,
  report,
  workerInput,
} from './clients.js';

interface Input {
  mode: 'ours' | 'original';
  baseUrl: string;
  size: number;
}

const { mode, baseUrl, size } = workerInput<Input>();

/** Header, pseudo-random binary filler (so base64 cannot compress or shortcut anything), trailer. */
function pdfOfSize(bytes: number): Buffer {
  const head = Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n', 'latin1');
  const tail = Buffer.from('\nstartxref\n0\n%%EOF\n', 'latin1');
  const file = Buffer.alloc(bytes);
  let seed = 0x12345678;
  for (let index = head.length; index < bytes - tail.length; index++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    file[index] = seed >>> 24;
  }
  head.copy(file, 0);
  tail.copy(file, bytes - tail.length);
  return file;
}

interface FaxModule {
  send(fax: { to: string; fileContent: Buffer; faxlineId: string; filename?: string }): Promise<unknown>;
}

async function createFax(): Promise<FaxModule> {
  if (mode === 'ours') {
    const fax = await importOurs<{ createFaxModule: (client: unknown) => FaxModule }>('fax');
    return fax.createFaxModule(await createOurClient(baseUrl));
  }
  const original = loadOriginal(baseUrl);
  return original.createFaxModule(original.sipgateIO(CREDENTIALS));
}

const fax = await createFax();
const fileContent = pdfOfSize(size);
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
try {
  await fax.send({ to: '+4921112345678', fileContent, faxlineId: 'f0', filename: 'bench' });
  report({ ok: true, ms: performance.now() - started, peakRss: peakRss(), rssBefore });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  report({ ok: false, error: message, ms: performance.now() - started, peakRss: peakRss(), rssBefore });
}
