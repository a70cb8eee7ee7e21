import {
  SipgateIOHttpError,
  SipgateIONotFoundError,
  SipgateIOOutcomeUnknownError,
  SipgateIOValidationError,
} from '@sipgateio/core';
import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MINIMAL_PDF_TEXT, minimalPdf } from './__fixtures__/pdf.js';
import { createFaxModule } from './fax.js';
import type { Fax, FaxFileContent } from './fax.types.js';

setupNock();
afterEach(() => {
  vi.useRealTimers();
});

const fax = () => createFaxModule(createTestClient());
const PDF_BASE64 = Buffer.from(MINIMAL_PDF_TEXT).toString('base64');
const validFax = (overrides: Partial<Fax> = {}): Fax => ({
  to: '+4921112345678',
  faxlineId: 'f0',
  filename: 'invoice.pdf',
  fileContent: minimalPdf(),
  ...overrides,
});
const expectedBody = (overrides: Record<string, unknown> = {}) => ({
  faxlineId: 'f0',
  recipient: '+4921112345678',
  filename: 'invoice.pdf',
  base64Content: PDF_BASE64,
  ...overrides,
});

async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: Error) => error,
  );
}

describe('send', () => {
  it('POSTs faxlineId, recipient, filename and base64Content to /sessions/fax and resolves the sessionId', async () => {
    api().post('/v2/sessions/fax', expectedBody()).reply(200, { sessionId: 'fax-session-1' });
    expect(await fax().send(validFax())).toEqual({ sessionId: 'fax-session-1' });
  });

  const pdf = minimalPdf();
  const contents: [string, () => FaxFileContent][] = [
    ['Uint8Array', () => minimalPdf()],
    ['Buffer', () => Buffer.from(MINIMAL_PDF_TEXT)],
    ['ArrayBuffer', () => minimalPdf().buffer as ArrayBuffer],
    ['Blob', () => new Blob([MINIMAL_PDF_TEXT], { type: 'application/pdf' })],
    ['DataView', () => new DataView(minimalPdf().buffer)],
    [
      'a Uint8Array view into a larger buffer',
      () => {
        const backing = new Uint8Array(pdf.length + 20).fill(0x41);
        backing.set(pdf, 10);
        return backing.subarray(10, 10 + pdf.length);
      },
    ],
  ];
  it.each(contents)('accepts fileContent as %s', async (_kind, content) => {
    api().post('/v2/sessions/fax', expectedBody()).reply(200, { sessionId: 's' });
    await fax().send(validFax({ fileContent: content() }));
  });

  it('sends the recipient in E.164 form', async () => {
    api().post('/v2/sessions/fax', expectedBody()).reply(200, { sessionId: 's' });
    await fax().send(validFax({ to: '+49 (211) 1234-5678' }));
  });

  it.each([undefined, ''])(
    'names the document Fax_YYYYMMDD_HHMM in UTC when filename is %j',
    async (filename) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-03-09T07:05:59.999+01:00'));
      api()
        .post('/v2/sessions/fax', expectedBody({ filename: 'Fax_20260309_0605' }))
        .reply(200, { sessionId: 's' });
      await fax().send(validFax({ filename }));
    },
  );

  it('never changes the caller object (no default filename written into it)', async () => {
    api().post('/v2/sessions/fax').reply(200, { sessionId: 's' });
    const input = validFax({ filename: undefined });
    const before = { ...input };
    await fax().send(Object.freeze(input));
    expect(input).toEqual(before);
    expect('filename' in input && input.filename !== undefined).toBe(false);
  });

  it('an invalid PDF is a rejection, never a synchronous throw', async () => {
    let promise: Promise<unknown> | undefined;
    expect(() => {
      promise = fax().send(validFax({ fileContent: new TextEncoder().encode('12ABC34') }));
    }).not.toThrow();
    const error = await rejection(promise!);
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ field: 'fileContent', message: 'Invalid PDF file' });
  });

  it('validates the recipient', async () => {
    const error = await rejection(fax().send(validFax({ to: '0211 12345678' })));
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({
      field: 'to',
      message: 'Invalid phone number (please provide number in E.164 format): 0211 12345678',
    });
  });

  it.each(['f01', 'b', 'b1', ' ', '', 'p0', undefined])('rejects the faxlineId %j', async (faxlineId) => {
    const error = await rejection(fax().send(validFax({ faxlineId: faxlineId as string })));
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ field: 'faxlineId', message: `Invalid extension: ${faxlineId}` });
  });

  it.each(['f0', 'f12'])('accepts the faxlineId %j', async (faxlineId) => {
    api().post('/v2/sessions/fax', expectedBody({ faxlineId })).reply(200, { sessionId: 's' });
    await fax().send(validFax({ faxlineId }));
  });

  it.each([
    ['a string', 'JVBERi0='],
    ['null', null],
    ['a number array', [37, 80, 68, 70, 45]],
    ['undefined', undefined],
  ])('rejects fileContent given as %s', async (_kind, fileContent) => {
    const error = await rejection(
      fax().send(validFax({ fileContent: fileContent as unknown as Uint8Array })),
    );
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ field: 'fileContent' });
    expect(error.message).toMatch(/^fileContent must be a Uint8Array, Buffer, ArrayBuffer or Blob/);
  });

  it('rejects a non-string filename', async () => {
    const error = await rejection(fax().send(validFax({ filename: 42 as unknown as string })));
    expect(error).toMatchObject({ name: 'SipgateIOValidationError', field: 'filename' });
  });

  it('rejects a missing fax object', async () => {
    const error = await rejection(fax().send(undefined as unknown as Fax));
    expect(error).toMatchObject({ name: 'SipgateIOValidationError', field: 'fax' });
  });

  it('refuses a file above the API limit before any request, stating the limit', async () => {
    // 21,247,501 bytes encode to 28,330,004 base64 characters, 4 above the limit.
    const error = await rejection(fax().send(validFax({ fileContent: new Uint8Array(21_247_501) })));
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ field: 'fileContent' });
    expect(error.message).toBe(
      'The PDF is too large to fax: 21.2 MB; sipgate accepts at most 21.2 MB (28,330,000 characters of base64). ' +
        'Reduce the resolution of scanned pages or split the document.',
    );
  });

  it('checks the size of a Blob without reading it', async () => {
    const blob = new Blob([new Uint8Array(30_000_000)]);
    const arrayBuffer = vi.spyOn(blob, 'arrayBuffer');
    const error = await rejection(fax().send(validFax({ fileContent: blob })));
    expect(error).toMatchObject({ field: 'fileContent', message: expect.stringContaining('30.0 MB') });
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('404 rejects with "Fax was not found"', async () => {
    api().post('/v2/sessions/fax', expectedBody()).reply(404);
    const error = await rejection(fax().send(validFax()));
    expect(error).toBeInstanceOf(SipgateIONotFoundError);
    expect(error).toMatchObject({
      status: 404,
      method: 'POST',
      path: '/sessions/fax',
      message: 'Fax was not found',
    });
  });

  it('402 keeps the general HTTP error with its status', async () => {
    api().post('/v2/sessions/fax', expectedBody()).reply(402);
    const error = await rejection(fax().send(validFax()));
    expect(error).toBeInstanceOf(SipgateIOHttpError);
    expect(error).toMatchObject({ status: 402, method: 'POST', path: '/sessions/fax' });
  });

  it('says the fax may or may not have been sent when no answer arrives, and honours the per-call timeout', async () => {
    api().post('/v2/sessions/fax', expectedBody()).once().delay(300).reply(200, { sessionId: 'late' });
    const error = await rejection(fax().send(validFax(), { timeout: 50 }));
    expect(error).toBeInstanceOf(SipgateIOOutcomeUnknownError);
    expect(error.message).toContain('the fax may or may not have been sent');
  });
});
