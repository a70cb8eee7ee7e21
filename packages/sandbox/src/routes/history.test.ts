import { describe, expect, it } from 'vitest';
import { call, pointers, startSandbox } from '../__fixtures__/harness.js';
import { generateHistory } from '../history-generator.js';

type Entry = Record<string, unknown> & { id: string; type: string; direction: string; created: string };

describe('history generator', () => {
  it('is deterministic per seed and prefix-stable across sizes', () => {
    expect(generateHistory({ seed: 7, historySize: 20 })).toEqual(
      generateHistory({ seed: 7, historySize: 20 }),
    );
    expect(generateHistory({ seed: 7, historySize: 300 }).slice(0, 20)).toEqual(
      generateHistory({ seed: 7, historySize: 20 }),
    );
    expect(generateHistory({ seed: 8, historySize: 20 })).not.toEqual(
      generateHistory({ seed: 7, historySize: 20 }),
    );
  });

  it('creates every type with its type-specific fields, newest first, with ISO dates in Z', () => {
    const entries = generateHistory({ seed: 1, historySize: 200 });
    const byType = (type: string) => entries.find((entry) => entry.type === type) as Entry;
    expect(Object.keys(byType('CALL'))).toEqual(
      expect.arrayContaining(['callId', 'recordings', 'duration', 'callStatus']),
    );
    expect(Object.keys(byType('FAX'))).toEqual(
      expect.arrayContaining([
        'faxStatusType',
        'scheduled',
        'documentUrl',
        'reportUrl',
        'previewUrl',
        'pageCount',
      ]),
    );
    expect(Object.keys(byType('SMS'))).toEqual(expect.arrayContaining(['smsContent', 'scheduled']));
    expect(Object.keys(byType('VOICEMAIL'))).toEqual(
      expect.arrayContaining(['transcription', 'recordingUrl', 'duration']),
    );
    for (const entry of entries) expect(entry.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const times = entries.map((entry) => Date.parse(entry.created));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});

describe('GET /history', () => {
  it('defaults to 10 unarchived entries with totalCount', async () => {
    const sandbox = await startSandbox({ historySize: 120 });
    const { json } = await call(sandbox, 'GET', '/history');
    const unarchived = sandbox.state.history.filter((entry) => !entry.archived);
    expect(json.items).toHaveLength(10);
    expect(json.totalCount).toBe(unarchived.length);
    expect(json.items.map((entry: Entry) => entry.id)).toEqual(
      unarchived.slice(0, 10).map((entry) => entry.id),
    );
  });

  it('pages through many entries with offset and limit up to 1000', async () => {
    const sandbox = await startSandbox({ historySize: 2500 });
    const first = await call(sandbox, 'GET', '/history', { query: { limit: 1000, offset: 0 } });
    const second = await call(sandbox, 'GET', '/history', { query: { limit: 1000, offset: 1000 } });
    expect(first.json.items).toHaveLength(1000);
    expect(second.json.items[0].id).not.toBe(first.json.items[999].id);
    expect(first.json.totalCount).toBe(second.json.totalCount);
  });

  it('walks a filter page by page to exactly its matches, in history order', async () => {
    const sandbox = await startSandbox({ historySize: 1200 });
    const expected = sandbox.state.history
      .filter((entry) => !entry.archived && entry.type === 'CALL')
      .map((entry) => entry.id);
    const seen: string[] = [];
    for (let offset = 0; offset < expected.length + 100; offset += 100) {
      const page = await call(sandbox, 'GET', '/history', { query: { types: 'CALL', limit: 100, offset } });
      expect(page.json.totalCount).toBe(expected.length);
      seen.push(...page.json.items.map((entry: Entry) => entry.id));
    }
    expect(seen).toEqual(expected);
  });

  it('sees changes made between pages through the API, and direct changes from offset 0', async () => {
    const sandbox = await startSandbox({ historySize: 600 });
    const page = (offset: number) => call(sandbox, 'GET', '/history', { query: { limit: 100, offset } });
    const first = await page(0);
    // On a later page than the next one, so only forgetting the kept selection can show the change.
    const later = sandbox.state.history.filter((entry) => !entry.archived)[250] as Entry;
    const update = await call(sandbox, 'PUT', '/history', { body: [{ id: later.id, archived: true }] });
    expect(update.status).toBe(204);
    const second = await page(100);
    expect(second.json.totalCount).toBe(first.json.totalCount - 1);
    const direct = sandbox.state.history.find((entry) => !entry.archived) as Entry;
    direct.archived = true;
    const again = await page(0);
    expect(again.json.totalCount).toBe(first.json.totalCount - 2);
    expect(again.json.items.map((entry: Entry) => entry.id)).not.toContain(direct.id);
  });

  it('filters by repeated types and directions, starred, connectionIds and archived', async () => {
    const sandbox = await startSandbox({ historySize: 300 });
    const { json } = await call(sandbox, 'GET', '/history', {
      query: { types: ['FAX', 'SMS'], directions: ['OUTGOING'], limit: 1000 },
    });
    expect(json.items.length).toBeGreaterThan(0);
    for (const entry of json.items) {
      expect(['FAX', 'SMS']).toContain(entry.type);
      expect(entry.direction).toBe('OUTGOING');
    }
    const starred = await call(sandbox, 'GET', '/history', { query: { starred: 'STARRED', limit: 1000 } });
    expect(starred.json.items.every((entry: Entry) => entry.starred === true)).toBe(true);
    const faxline = await call(sandbox, 'GET', '/history', { query: { connectionIds: ['f0'], limit: 1000 } });
    expect(faxline.json.items.every((entry: Entry) => entry.type === 'FAX')).toBe(true);
    const archived = await call(sandbox, 'GET', '/history', { query: { archived: true, limit: 1000 } });
    expect(archived.json.totalCount).toBe(sandbox.state.history.filter((entry) => entry.archived).length);
    expect(archived.json.items.every((entry: Entry) => entry.archived === true)).toBe(true);
  });

  it('filters by from/to and phonenumber', async () => {
    const sandbox = await startSandbox({ historySize: 200 });
    const unarchived = sandbox.state.history.filter((entry) => !entry.archived);
    const from = unarchived[30]?.created as string;
    const to = unarchived[10]?.created as string;
    const range = await call(sandbox, 'GET', '/history', { query: { from, to, limit: 1000 } });
    expect(range.json.items.map((entry: Entry) => entry.id)).toEqual(
      unarchived.slice(10, 31).map((entry) => entry.id),
    );
    const byNumber = await call(sandbox, 'GET', '/history', {
      query: { phonenumber: '+441632960123', limit: 1000 },
    });
    expect(byNumber.json.items.length).toBeGreaterThan(0);
    for (const entry of byNumber.json.items) expect([entry.source, entry.target]).toContain('+441632960123');
  });

  it.each([
    [{ limit: 1001 }, '?limit'],
    [{ limit: 100000 }, '?limit'],
    [{ offset: -1 }, '?offset'],
    [{ types: ['CALL', 'PIGEON'] }, '?types'],
    [{ directions: 'SIDEWAYS' }, '?directions'],
    [{ starred: 'true' }, '?starred'],
    [{ archived: 'maybe' }, '?archived'],
    [{ from: 'yesterday' }, '?from'],
  ])('answers 400 for %o', async (query, pointer) => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'GET', '/history', { query });
    expect(response.status).toBe(400);
    expect(pointers(response.json)).toEqual([pointer]);
  });
});

describe('history entries', () => {
  it('GET /history/{id} returns one entry, 404 when unknown', async () => {
    const sandbox = await startSandbox();
    const entry = sandbox.state.history[0];
    expect((await call(sandbox, 'GET', `/history/${entry?.id}`)).json).toEqual(entry);
    expect((await call(sandbox, 'GET', '/history/nope')).status).toBe(404);
  });

  it('DELETE /history/{id} and DELETE /history?id=a&id=b remove entries', async () => {
    const sandbox = await startSandbox();
    const [a, b, c] = sandbox.state.history.map((entry) => entry.id);
    expect((await call(sandbox, 'DELETE', `/history/${a}`)).status).toBe(204);
    expect(
      (await call(sandbox, 'DELETE', '/history', { query: { id: [b as string, c as string] } })).status,
    ).toBe(204);
    expect(sandbox.state.history.map((entry) => entry.id)).not.toContain(a);
    expect(sandbox.state.history.map((entry) => entry.id)).not.toContain(b);
    expect(sandbox.state.history.map((entry) => entry.id)).not.toContain(c);
    expect((await call(sandbox, 'DELETE', `/history/${a}`)).status).toBe(404);
    expect((await call(sandbox, 'DELETE', '/history')).status).toBe(400);
  });

  it('PUT /history updates flags in a batch and PUT /history/{id} sets a note', async () => {
    const sandbox = await startSandbox();
    const [a, b] = sandbox.state.history;
    const batch = [
      { id: a?.id, read: true, starred: true },
      { id: b?.id, archived: true },
    ];
    expect((await call(sandbox, 'PUT', '/history', { body: batch })).status).toBe(204);
    expect(a).toMatchObject({ read: true, starred: true });
    expect(b?.archived).toBe(true);
    expect((await call(sandbox, 'PUT', '/history', { body: [] })).status).toBe(204);
    expect(
      (await call(sandbox, 'PUT', `/history/${a?.id}`, { body: { note: 'Call back', read: false } })).status,
    ).toBe(204);
    expect(a).toMatchObject({ note: 'Call back', read: false });
  });

  it.each([
    ['150 entries', () => Array.from({ length: 150 }, () => ({ id: '100000000', read: true })), 400, ['/']],
    ['a missing id', () => [{ read: true }], 400, ['/0/id']],
    ['a non-boolean flag', () => [{ id: '100000000', starred: 'yes' }], 400, ['/0/starred']],
    ['an object instead of an array', () => ({ id: '100000000' }), 400, ['/']],
    ['an unknown id', () => [{ id: 'nope', read: true }], 404, ['/0/id']],
  ])('PUT /history answers %s with %i and changes nothing', async (_, body, status, expected) => {
    const sandbox = await startSandbox();
    const before = structuredClone(sandbox.state.history);
    const response = await call(sandbox, 'PUT', '/history', { body: body() });
    expect(response.status).toBe(status);
    expect(pointers(response.json)).toEqual(expected);
    expect(sandbox.state.history).toEqual(before);
  });

  it('PUT /history accepts 149 entries', async () => {
    const sandbox = await startSandbox();
    const body = Array.from({ length: 149 }, () => ({ id: '100000000', read: true }));
    expect((await call(sandbox, 'PUT', '/history', { body })).status).toBe(204);
  });

  it.each([
    [{ note: 5 }, 400],
    [{ archived: 'no' }, 400],
  ])('PUT /history/{id} answers %o with %i', async (body, status) => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'PUT', '/history/100000000', { body })).status).toBe(status);
  });
});

describe('GET /history/export', () => {
  it('returns CSV text with the same filters and paging', async () => {
    const sandbox = await startSandbox({ historySize: 100 });
    const response = await call(sandbox, 'GET', '/history/export', { query: { types: 'SMS', limit: 3 } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = response.text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'id,created,type,direction,source,sourceAlias,target,targetAlias,status,duration,read,starred,note',
    );
    expect(lines).toHaveLength(4);
    for (const line of lines.slice(1)) expect(line.split(',')[2]).toBe('SMS');
  });

  it('answers 400 above limit 1000', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'GET', '/history/export', { query: { limit: 5000 } })).status).toBe(400);
  });
});
