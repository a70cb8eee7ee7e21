import {
  SipgateIOAuthenticationError,
  SipgateIOHttpError,
  SipgateIONotFoundError,
  SipgateIOValidationError,
} from '@sipgateio/core';
import { createTestClient, downloadApi, rejectionOf, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { createFaxModule } from './fax.js';

setupNock();

const fax = createFaxModule(createTestClient());
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n', 'latin1');
const entry = {
  documentUrl: 'https://api.sipgate.com/v2/history/f1/document',
  reportUrl: 'https://api.sipgate.com/v2/history/f1/report',
};

describe('downloadDocument', () => {
  it("GETs the entry's documentUrl with the credentials and hands over the PDF and its type", async () => {
    downloadApi()
      .get('/v2/history/f1/document')
      .query({})
      .reply(200, PDF, { 'content-type': 'application/pdf' });

    const download = await fax.downloadDocument(entry);

    expect(download.contentType).toBe('application/pdf');
    expect(Buffer.from(await download.bytes())).toEqual(PDF);
  });

  it('GETs the reportUrl with { report: true }', async () => {
    downloadApi().get('/v2/history/f1/report').reply(200, PDF, { 'content-type': 'application/pdf' });

    const download = await fax.downloadDocument(entry, { report: true });

    expect(Buffer.from(await new Response(download.stream()).arrayBuffer())).toEqual(PDF);
  });

  it.each([
    [{ documentUrl: '' }, {}, 'entry.documentUrl', 'This fax entry has no documentUrl'],
    [undefined, {}, 'entry.documentUrl', 'This fax entry has no documentUrl'],
    [
      { documentUrl: entry.documentUrl },
      { report: true },
      'entry.reportUrl',
      'This fax entry has no reportUrl',
    ],
  ])('rejects %o before any request', async (value, options, field, message) => {
    const error = await rejectionOf(fax.downloadDocument(value as typeof entry, options));

    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ field, message });
  });

  it.each([
    [401, SipgateIOAuthenticationError],
    [404, SipgateIONotFoundError],
    [500, SipgateIOHttpError],
  ])('maps status %i to %o', async (status, errorClass) => {
    downloadApi().get('/v2/history/f1/document').reply(status);

    const error = await rejectionOf(fax.downloadDocument(entry));

    expect(error).toBeInstanceOf(errorClass);
    expect(error).toMatchObject({ status, method: 'GET' });
  });
});
