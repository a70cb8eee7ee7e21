/**
 * Worker: reads all history entries of the local fake in pages of 1000 and prints `{ entries, faxes,
 * outOfOrder, ms, heapGrowth, peakRss }`. Ours uses iterateAll (auto-paging); the original has no
 * auto-paging, so it runs the loop a user would write around fetchAll(filter, { offset, limit }).
 * heapGrowth = highest heapUsed sampled every 500 entries − heapUsed after a full GC before the start.
 */
import {
  CREDENTIALS,
  createOurClient,
  gc,
  importOurs,
  loadOriginal,
  peakRss,
  report,
  warmUp,
  workerInput,
} from './clients.js';

interface Input {
  mode: 'ours' | 'original';
  baseUrl: string;
  /** Against the sandbox: no filter (it would narrow the generated history) and no checks of fake-made ids. */
  sandbox?: boolean;
}

interface Entry {
  id: string;
  type: string;
  faxStatus?: string;
}

const PAGE_SIZE = 1000;
const { mode, baseUrl, sandbox = false } = workerInput<Input>();
const filter = sandbox ? {} : { connectionIds: ['p0'] };
const warmupPath = sandbox ? '/authorization/userinfo' : '/bench/small';

async function entries(): Promise<AsyncIterable<Entry>> {
  if (mode === 'ours') {
    const history = await importOurs<{
      createHistoryModule: (client: unknown) => {
        iterateAll: (filter: unknown, options: { pageSize: number }) => AsyncIterable<Entry>;
      };
    }>('history');
    const client = await createOurClient(baseUrl);
    await warmUp(client, warmupPath);
    return history.createHistoryModule(client).iterateAll(filter, { pageSize: PAGE_SIZE });
  }
  const original = loadOriginal(baseUrl);
  const client = original.sipgateIO(CREDENTIALS);
  await warmUp(client, warmupPath);
  const history = original.createHistoryModule(client);
  return (async function* () {
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const page: Entry[] = await history.fetchAll(filter, { offset, limit: PAGE_SIZE });
      yield* page;
      if (page.length < PAGE_SIZE) return;
    }
  })();
}

const iterable = await entries();
gc();
const baseline = process.memoryUsage().heapUsed;
let peakHeap = baseline;
let count = 0;
let faxes = 0;
let outOfOrder = 0;
const started = performance.now();
for await (const entry of iterable) {
  if (!sandbox && entry.id !== `e${count}`) outOfOrder++;
  if (entry.type === 'FAX' && entry.faxStatus === 'SENT') faxes++;
  count++;
  if (count % 500 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}
const ms = performance.now() - started;
report({ entries: count, faxes, outOfOrder, ms, heapGrowth: peakHeap - baseline, peakRss: peakRss() });
