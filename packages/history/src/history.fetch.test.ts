import {
  SipgateIOAuthenticationError,
  SipgateIOHttpError,
  SipgateIONotFoundError,
  SipgateIOPermissionError,
} from '@sipgateio/core';
import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import {
  rawCallEntry,
  rawEntries,
  rawFaxEntry,
  rawSmsEntry,
  rawVoicemailEntry,
} from './__fixtures__/history-entries.js';
import { exactly, filterCases, paginationCases, withQuery } from './__fixtures__/query-cases.js';
import { createHistoryModule, type HistoryFilter } from './index.js';

setupNock();

const history = () => createHistoryModule(createTestClient());

describe('fetchAll', () => {
  it.each(filterCases)('sends $name in the original key order', async ({ filter, query }) => {
    api()
      .get(exactly(withQuery('/v2/history', query)))
      .reply(200, { items: [], totalCount: 0 });
    await expect(history().fetchAll(filter)).resolves.toEqual([]);
  });

  it.each(paginationCases)('sends $name after the filter', async ({ pagination, query }) => {
    api()
      .get(exactly(withQuery('/v2/history', 'archived=true&types=CALL', query)))
      .reply(200, { items: [], totalCount: 0 });
    await expect(history().fetchAll({ archived: true, types: ['CALL'] }, pagination)).resolves.toEqual([]);
  });

  it('sends phonenumber as given (no phone validation), after types and before the pagination', async () => {
    api()
      .get(exactly('/v2/history?types=SMS&phonenumber=0211123456789&offset=5&limit=50'))
      .reply(200, { items: [], totalCount: 0 });
    await history().fetchAll({ phonenumber: '0211123456789', types: ['SMS'] }, { limit: 50, offset: 5 });
  });

  it('percent-encodes a phone number with a plus sign', async () => {
    api().get(exactly('/v2/history?phonenumber=%2B4921100000000')).reply(200, { items: [], totalCount: 0 });
    await history().fetchAll({ phonenumber: '+4921100000000' });
  });

  it('resolves the items with dates revived and totalCount dropped', async () => {
    api()
      .get('/v2/history')
      .reply(200, { items: [rawCallEntry], totalCount: 1 });
    const [entry] = await history().fetchAll();
    expect(entry).toEqual({
      ...rawCallEntry,
      created: new Date('2024-03-01T10:00:00Z'),
      lastModified: new Date('2024-03-01T10:05:00Z'),
    });
  });

  it('renames faxStatusType to faxStatus on FAX entries only', async () => {
    api().get('/v2/history').reply(200, { items: rawEntries, totalCount: 4 });
    const entries = await history().fetchAll();
    expect(entries.map((entry) => entry.type)).toEqual(['CALL', 'FAX', 'SMS', 'VOICEMAIL']);
    const fax = entries[1]!;
    expect(fax).toMatchObject({ id: 'f1', faxStatus: 'SENT' });
    expect(fax).not.toHaveProperty('faxStatusType');
    expect(entries[0]).toMatchObject({ id: 'c1', callStatus: 'SUCCESS' });
    expect(entries[2]).toMatchObject({
      smsContent: rawSmsEntry.smsContent,
      scheduled: new Date('2024-03-02T08:00:00Z'),
    });
    expect(entries[3]).toMatchObject({ transcription: rawVoicemailEntry.transcription });
  });

  it('keeps a free-text SMS that looks like a date as text', async () => {
    api()
      .get('/v2/history')
      .reply(200, { items: [rawSmsEntry], totalCount: 1 });
    const [entry] = await history().fetchAll();
    expect(entry).toMatchObject({ smsContent: 'See you at 2024-03-01T12:00:00Z' });
  });
});

describe('fetchById', () => {
  it('gets /history/{id}', async () => {
    api().get('/v2/history/c1').reply(200, rawCallEntry);
    await expect(history().fetchById('c1')).resolves.toMatchObject({ id: 'c1', type: 'CALL' });
  });

  it('percent-encodes the id into the path', async () => {
    api().get('/v2/history/a%2Fb%3Fc').reply(200, rawCallEntry);
    await history().fetchById('a/b?c');
  });

  it('renames faxStatusType to faxStatus as fetchAll does', async () => {
    api().get('/v2/history/f1').reply(200, rawFaxEntry);
    const entry = await history().fetchById('f1');
    expect(entry).toMatchObject({ type: 'FAX', faxStatus: 'SENT', pageCount: 2 });
    expect(entry).not.toHaveProperty('faxStatusType');
  });
});

describe('exportAsCsvString', () => {
  const csv = '"id","source","target"\n"c1","+4921100000000","+4921100000001"\n';

  it.each(filterCases)('sends $name in the original key order', async ({ filter, query }) => {
    api()
      .get(exactly(withQuery('/v2/history/export', query)))
      .reply(200, csv, { 'content-type': 'application/octet-stream' });
    await expect(history().exportAsCsvString(filter)).resolves.toBe(csv);
  });

  it.each(paginationCases)('sends $name after the filter', async ({ pagination, query }) => {
    api()
      .get(exactly(withQuery('/v2/history/export', 'archived=true&types=SMS', query)))
      .reply(200, csv, { 'content-type': 'text/csv' });
    await expect(history().exportAsCsvString({ archived: true, types: ['SMS'] }, pagination)).resolves.toBe(
      csv,
    );
  });

  it('does not send phonenumber (the export endpoint has no such filter)', async () => {
    const filter: HistoryFilter = { phonenumber: '0211123456789', archived: true };
    api().get(exactly('/v2/history/export?archived=true')).reply(200, csv, { 'content-type': 'text/csv' });
    await history().exportAsCsvString(filter);
  });

  it('resolves an empty body as an empty string', async () => {
    api().get('/v2/history/export').reply(200, '');
    await expect(history().exportAsCsvString()).resolves.toBe('');
  });
});

describe("error mapping (the original's messages per status)", () => {
  const calls = [
    { name: 'fetchAll', path: '/v2/history', method: 'get', call: () => history().fetchAll() },
    { name: 'fetchById', path: '/v2/history/c1', method: 'get', call: () => history().fetchById('c1') },
    { name: 'deleteById', path: '/v2/history/c1', method: 'delete', call: () => history().deleteById('c1') },
    {
      name: 'exportAsCsvString',
      path: '/v2/history/export',
      method: 'get',
      call: () => history().exportAsCsvString(),
    },
  ] as const;
  const statuses = [
    { status: 400, errorClass: SipgateIOHttpError, message: 'Invalid filter or pagination input' },
    {
      status: 404,
      errorClass: SipgateIONotFoundError,
      message: 'The requested history event could not be found',
    },
    { status: 401, errorClass: SipgateIOAuthenticationError, message: 'Unauthorized' },
    {
      status: 403,
      errorClass: SipgateIOPermissionError,
      message: expect.stringMatching(
        /^Forbidden \(.+\)\. The token needs one of the scopes history:(read|write), all\.$/,
      ),
    },
  ];
  const table = calls.flatMap((call) => statuses.map((status) => ({ ...call, ...status })));

  it.each(table)(
    '$name maps $status to $message',
    async ({ path, method, call, status, errorClass, message }) => {
      api().intercept(path, method.toUpperCase()).reply(status, { errors: [] });
      const error = await call().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(errorClass);
      expect(error).toMatchObject({ message, status, method: method.toUpperCase() });
      expect((error as SipgateIOHttpError).path).toBe(path.slice('/v2'.length));
    },
  );

  it('maps a 500 to a general HTTP error that names the request', async () => {
    api().get('/v2/history').reply(500);
    const error = await history()
      .fetchAll()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIOHttpError);
    expect(error).toMatchObject({ status: 500, method: 'GET', path: '/history' });
    expect((error as Error).message).toContain('500');
  });

  it('reports the 400 of an oversized limit the API rejects (original test: limit 100000) before sending', async () => {
    await expect(history().fetchAll({}, { limit: 100000 })).rejects.toMatchObject({
      name: 'SipgateIOValidationError',
      field: 'pagination.limit',
    });
  });
});
