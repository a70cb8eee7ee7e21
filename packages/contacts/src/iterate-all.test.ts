import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestClient } from '@sipgateio/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContact } from './__fixtures__/contacts.js';
import { createContactsModule } from './contacts.js';
import type { ContactResponse } from './contacts.types.js';
import { formatVCard, parseVCards } from './vcard.js';

// A local paging fake of GET /v2/contacts on 127.0.0.1: 12,000 contacts, every third one SHARED. For each request
// it records how many contacts the test had consumed at that moment, which shows whether pages are fetched
// lazily (one at a time, as the loop asks) or ahead.
const TOTAL = 12_000;
const all: ContactResponse[] = Array.from({ length: TOTAL }, (_, index) =>
  makeContact(index, index % 3 === 0 ? 'SHARED' : 'PRIVATE'),
);
let consumed = 0;
const requests: { offset: number; limit: number; consumedBefore: number }[] = [];
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method !== 'GET' || url.pathname !== '/v2/contacts') {
      response.writeHead(404).end();
      return;
    }
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 5000);
    requests.push({ offset, limit, consumedBefore: consumed });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ items: all.slice(offset, offset + limit), totalCount: TOTAL }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('large exports through iterateAll', () => {
  it('streams 12,000 contacts page by page, fetching the next page only when the loop needs it', async () => {
    requests.length = 0;
    consumed = 0;
    const contacts = createContactsModule(createTestClient({ baseUrl }));
    const ids: string[] = [];
    for await (const contact of contacts.iterateAll('ALL', undefined, { pageSize: 500 })) {
      consumed++;
      ids.push(contact.id);
    }
    expect(ids).toHaveLength(TOTAL);
    expect(new Set(ids).size).toBe(TOTAL);
    expect(requests).toHaveLength(TOTAL / 500);
    // Request k went out only after all 500·k contacts of the earlier pages had been consumed: never more than
    // one page of raw response is held.
    expect(requests).toEqual(
      requests.map((_, index) => ({ offset: index * 500, limit: 500, consumedBefore: index * 500 })),
    );
  }, 30_000);

  it('exports the shared contacts of 12,000 as vCards card by card', async () => {
    requests.length = 0;
    const contacts = createContactsModule(createTestClient({ baseUrl }));
    let cards = 0;
    let octets = 0;
    let sample = '';
    const encoder = new TextEncoder();
    for await (const contact of contacts.iterateAll('SHARED', undefined, { pageSize: 1000 })) {
      const card = formatVCard(contact);
      cards++;
      octets += encoder.encode(card).length;
      if (cards === 2000) sample = card;
    }
    expect(cards).toBe(TOTAL / 3);
    expect(octets).toBeGreaterThan(cards * 60);
    expect(parseVCards(sample)[0]).toMatchObject({ name: 'Contact 5997', family: 'Contact 5997' });
    expect(requests.map(({ offset }) => offset)).toEqual(
      Array.from({ length: 12 }, (_, index) => index * 1000),
    );
  }, 30_000);

  it('deleteAllShared lists every page before deleting (deleting while paging would skip contacts)', async () => {
    // 2,500 contacts in three pages of 1000, every 50th SHARED.
    const listed = Array.from({ length: 2_500 }, (_, index) =>
      makeContact(index, index % 50 ? 'PRIVATE' : 'SHARED'),
    );
    const listings: number[] = [];
    const deleted: string[] = [];
    let deletesBeforeListingEnded = 0;
    const fake = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (request.method === 'DELETE') {
        if (listings.length < 3) deletesBeforeListingEnded++;
        deleted.push(decodeURIComponent(url.pathname.replace('/v2/contacts/', '')));
        response.writeHead(204).end();
        return;
      }
      const offset = Number(url.searchParams.get('offset'));
      const limit = Number(url.searchParams.get('limit'));
      listings.push(offset);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({ items: listed.slice(offset, offset + limit), totalCount: listed.length }),
      );
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    const port = (fake.address() as AddressInfo).port;
    const contacts = createContactsModule(createTestClient({ baseUrl: `http://127.0.0.1:${port}/v2` }));
    await contacts.deleteAllShared();
    await new Promise((resolve) => fake.close(resolve));
    expect(listings).toEqual([0, 1000, 2000]);
    expect(deletesBeforeListingEnded).toBe(0);
    expect(deleted.sort()).toEqual(
      listed
        .filter(({ scope }) => scope === 'SHARED')
        .map(({ id }) => id)
        .sort(),
    );
  });
});
