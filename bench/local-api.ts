/**
 * A fake of the few API routes the benchmarks call, on 127.0.0.1 only. It runs in run.ts's process while the
 * client under test runs in a child process, so the client's memory figures are its own. Request bodies are
 * counted and discarded, never buffered.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Entries the history fake holds unless told otherwise (`LocalApi.historyTotal`). */
export const HISTORY_TOTAL = 100_000;
/** Contacts the contacts fake returns for an export. */
export const CONTACTS_TOTAL = 20_000;

const HISTORY_START = Date.UTC(2024, 0, 1);
const HISTORY_COMMON =
  '"source":"+4921100000000","target":"+4921100000001","sourceAlias":"","targetAlias":"",' +
  '"direction":"OUTGOING","incoming":false,"status":"PICKUP","connectionIds":["p0"],"read":true,' +
  '"archived":false,"note":"","endpoints":[{"type":"ROUTED","endpoint":{"extension":"p0","type":"PHONELINE"}}],' +
  '"starred":false,"labels":[]';

/** One history entry as JSON text, about 500 bytes like a real one; every tenth is a fax. */
export function historyEntryJson(index: number): string {
  const created = new Date(HISTORY_START + index * 60_000).toISOString();
  const specific =
    index % 10 === 0
      ? '"type":"FAX","faxStatusType":"SENT","scheduled":null,"documentUrl":"","reportUrl":"","previewUrl":"","pageCount":1'
      : `"type":"CALL","callId":"call-${index}","recordings":[],"duration":${index % 300},"callStatus":"SUCCESS"`;
  return `{"id":"e${index}",${HISTORY_COMMON},"created":"${created}","lastModified":"${created}",${specific}}`;
}

/** The small JSON body of the client-overhead GETs: one history entry with two date-times to revive. */
export const SMALL_BODY = historyEntryJson(1);

function contactJson(index: number): string {
  const contact = {
    id: `c${index}`,
    name: `Given${index} Family${index}`,
    given: `Given${index}`,
    family: `Family${index}`,
    picture: null,
    emails: [{ email: `person${index}@example.com`, type: ['home'] }],
    numbers: [{ number: `+49211${String(1_000_000 + index)}`, type: ['cell'] }],
    addresses: [
      {
        poBox: '',
        extendedAddress: '',
        streetAddress: `Gladbacher Str. ${index % 200}`,
        locality: 'Düsseldorf',
        region: 'NRW',
        postalCode: '40219',
        country: 'Germany',
      },
    ],
    organization: [['sipgate GmbH', 'Engineering']],
    scope: index % 2 === 0 ? 'PRIVATE' : 'SHARED',
  };
  return JSON.stringify(contact);
}

let contactsBody: string | undefined;
function contactsPage(offset: number, limit: number): string {
  if (offset === 0 && limit >= CONTACTS_TOTAL) {
    contactsBody ??= `{"items":[${Array.from({ length: CONTACTS_TOTAL }, (_, index) => contactJson(index)).join(',')}],"totalCount":${CONTACTS_TOTAL}}`;
    return contactsBody;
  }
  const end = Math.min(offset + limit, CONTACTS_TOTAL);
  const items: string[] = [];
  for (let index = offset; index < end; index++) items.push(contactJson(index));
  return `{"items":[${items.join(',')}],"totalCount":${CONTACTS_TOTAL}}`;
}

/** What the fake saw, for checks that a request really arrived whole. */
export interface LocalApiStats {
  requests: number;
  historyPages: number;
  /** Bytes of the last POST body received, per path. */
  lastBodyBytes: Record<string, number>;
}

/** A running fake: its base URL (`http://127.0.0.1:<port>/v2`), what it saw, and how to stop it. */
export interface LocalApi {
  baseUrl: string;
  /** Entries the history fake serves. */
  historyTotal: number;
  stats: LocalApiStats;
  resetStats(): void;
  close(): Promise<void>;
}

function handle(
  request: IncomingMessage,
  response: ServerResponse,
  stats: LocalApiStats,
  api: LocalApi,
): void {
  stats.requests++;
  // The original SDK's requests arrive with an absolute URL when they come through a proxy; only the path
  // and query matter here.
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const path = url.pathname;
  if (request.method === 'POST') {
    let bytes = 0;
    request.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    request.on('end', () => {
      stats.lastBodyBytes[path] = bytes;
      if (path === '/v2/sessions/fax') {
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"sessionId":"123456"}');
      } else if (path === '/v2/contacts/import/csv') {
        response.writeHead(204).end();
      } else {
        response.writeHead(404).end();
      }
    });
    return;
  }
  if (request.method !== 'GET') {
    response.writeHead(405).end();
    return;
  }
  const json = (body: string) => response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  if (path === '/v2/bench/small') {
    json(SMALL_BODY);
  } else if (path === '/v2/history') {
    stats.historyPages++;
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 20);
    const end = Math.min(offset + limit, api.historyTotal);
    const items: string[] = [];
    for (let index = offset; index < end; index++) items.push(historyEntryJson(index));
    json(`{"items":[${items.join(',')}],"totalCount":${api.historyTotal}}`);
  } else if (path === '/v2/contacts') {
    json(
      contactsPage(
        Number(url.searchParams.get('offset') ?? 0),
        Number(url.searchParams.get('limit') ?? 5000),
      ),
    );
  } else {
    response.writeHead(404).end();
  }
}

/** Starts the fake on 127.0.0.1 on a free port. */
export async function startLocalApi(): Promise<LocalApi> {
  const stats: LocalApiStats = { requests: 0, historyPages: 0, lastBodyBytes: {} };
  const server: Server = createServer((request, response) => handle(request, response, stats, api));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const api: LocalApi = {
    baseUrl: `http://127.0.0.1:${port}/v2`,
    historyTotal: HISTORY_TOTAL,
    stats,
    resetStats() {
      stats.requests = 0;
      stats.historyPages = 0;
      stats.lastBodyBytes = {};
    },
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
  return api;
}
