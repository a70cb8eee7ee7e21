/**
 * Worker: one contacts operation against the local fake. `import`: importFromCsvString of a `rows`-row CSV
 * (firstname,lastname,number), built before the clock starts. `export`: exportAsVCards('ALL', { limit, offset
 * 0 }) of `rows` contacts (fetch, parse and format). Prints `{ ms, peakRss, rssBefore, items }`.
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
    return contacts.createContactsModule(client);
  }
  const original = loadOriginal(baseUrl);
  const client = original.sipgateIO(CREDENTIALS);
  await warmUp(client);
  return original.createContactsModule(client);
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
let items = rows;
if (operation === 'import') {
  await contacts.importFromCsvString(csv);
} else {
  const cards = await contacts.exportAsVCards('ALL', { limit: rows, offset: 0 });
  items = cards.length;
  if (!cards[0]?.startsWith('BEGIN:VCARD')) throw new Error('not a vCard');
}
report({ ms: performance.now() - started, peakRss: peakRss(), rssBefore, items });
