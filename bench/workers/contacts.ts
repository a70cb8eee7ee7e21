/**
 * Worker: one contacts operation against the local fake. `import`: importFromCsvString of a `rows`-row CSV
 * (firstname,lastname,number), built before the clock starts. `export`: exportAsVCards('ALL', { limit, offset
 * 0 }) of `rows` contacts (fetch, parse and format). Prints `{ ms, cpuMs, peakRss, rssBefore, items }`.
 */
import {
  CREDENTIALS,
  createOurClient,
  importOurs,
  loadOriginal,
  peakRss,
  report,
  warmUp,
  workerInput,
} from './clients.js';

interface Input {
  mode: 'ours' | 'original';
  operation: 'import' | 'export';
  baseUrl: string;
  rows: number;
}

interface ContactsModule {
  importFromCsvString(csv: string): Promise<void>;
  exportAsVCards(scope: string, pagination: { limit: number; offset: number }): Promise<string[]>;
}

const { mode, operation, baseUrl, rows } = workerInput<Input>();

async function createContacts(): Promise<ContactsModule> {
  if (mode === 'ours') {
    const contacts = await importOurs<{ createContactsModule: (client: unknown) => ContactsModule }>(
      'contacts',
    );
    const client = await createOurClient(baseUrl);
    await warmUp(client);
    if (operation === 'import') await warmUpPost(client);
    return contacts.createContactsModule(client);
  }
  const original = loadOriginal(baseUrl);
  const client = original.sipgateIO(CREDENTIALS);
  await warmUp(client);
  if (operation === 'import') await warmUpPost(client);
  return original.createContactsModule(client);
}

/**
 * One untimed POST with a small JSON body through the client's raw `post`, for the same reason as warmUp's GET:
 * code a client loads on its first request with a body (ours: fetch's body streams) is loaded before the clock
 * starts. The fake answers it like any import and discards the body.
 */
async function warmUpPost(client: unknown): Promise<void> {
  await (client as { post: (path: string, body: unknown) => Promise<unknown> }).post('/contacts/import/csv', {
    base64Content: 'Zmlyc3RuYW1lLGxhc3RuYW1lLG51bWJlcg==',
  });
}

function csvOf(count: number): string {
  const lines = ['firstname,lastname,number'];
  for (let index = 0; index < count; index++)
    lines.push(`Given${index},Family${index},+49211${1_000_000 + index}`);
  return lines.join('\n');
}

const contacts = await createContacts();
const csv = operation === 'import' ? csvOf(rows) : '';
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const cpuBefore = process.cpuUsage();
let items = rows;
if (operation === 'import') {
  await contacts.importFromCsvString(csv);
} else {
  const cards = await contacts.exportAsVCards('ALL', { limit: rows, offset: 0 });
  items = cards.length;
  if (!cards[0]?.startsWith('BEGIN:VCARD')) throw new Error('not a vCard');
}
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
// cpuMs: this process's CPU time (all threads) during the call, a check of `ms` when the machine is busy.
report({ ms, cpuMs: (cpu.user + cpu.system) / 1000, peakRss: peakRss(), rssBefore, items });
