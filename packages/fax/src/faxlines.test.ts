import {
  SipgateIOHttpError,
  SipgateIONotFoundError,
  SipgateIOOutcomeUnknownError,
  SipgateIOPermissionError,
  SipgateIOValidationError,
} from '@sipgateio/core';
import { api, createTestClient, type nock, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { createFaxModule } from './fax.js';
import type { FaxModule } from './fax.types.js';

setupNock();

const fax = createFaxModule(createTestClient());

interface WireCase {
  name: string;
  call: (module: FaxModule) => Promise<unknown>;
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  path: string;
  body?: nock.DataMatcherMap;
  reply?: nock.Body;
  resolves: unknown;
  messages: Partial<Record<number, string>>;
}

const notBooked = (action: string, scope = 'faxlines:write') =>
  `${action} failed: fax is not booked for this account or the token lacks the ${scope} scope.`;
const notFound = 'Fax line f0 of w0 was not found';

const number = {
  id: '1003',
  number: '+4921100000099',
  localized: '0211 00000099',
  type: 'LANDLINE',
  endpointId: 'f0',
  endpointAlias: 'Fax of Ada',
  endpointUrl: '/w0/faxlines/f0',
};

const cases: WireCase[] = [
  {
    name: 'createFaxline',
    call: (module) => module.createFaxline('w0'),
    method: 'POST',
    path: '/v2/w0/faxlines',
    reply: { id: 'f1', alias: 'Fax', tagline: '', canSend: true, canReceive: true },
    resolves: { id: 'f1', alias: 'Fax', tagline: '', canSend: true, canReceive: true },
    messages: {
      403: 'Creating a fax line for w0 failed: fax is not booked for this account or the token lacks the faxlines:write scope.',
      404: 'Web user w0 was not found',
    },
  },
  {
    name: 'renameFaxline',
    call: (module) => module.renameFaxline('w0', 'f0', 'Office fax'),
    method: 'PUT',
    path: '/v2/w0/faxlines/f0',
    body: { alias: 'Office fax' },
    resolves: undefined,
    messages: { 403: notBooked('Renaming the fax line'), 404: notFound },
  },
  {
    name: 'deleteFaxline',
    call: (module) => module.deleteFaxline('w0', 'f0'),
    method: 'DELETE',
    path: '/v2/w0/faxlines/f0',
    resolves: undefined,
    messages: { 403: notBooked('Deleting the fax line'), 404: notFound },
  },
  {
    name: 'getFaxlineCallerId',
    call: (module) => module.getFaxlineCallerId('w0', 'f0'),
    method: 'GET',
    path: '/v2/w0/faxlines/f0/callerid',
    reply: { value: '+4921100000099' },
    resolves: '+4921100000099',
    messages: { 403: notBooked('Reading the fax caller id', 'faxlines:read'), 404: notFound },
  },
  {
    name: 'setFaxlineCallerId',
    call: (module) => module.setFaxlineCallerId('w0', 'f0', '+49 211 00000099'),
    method: 'PUT',
    path: '/v2/w0/faxlines/f0/callerid',
    body: { value: '+4921100000099' },
    resolves: undefined,
    messages: { 403: notBooked('Setting the fax caller id'), 404: notFound },
  },
  {
    name: 'setFaxlineTagline',
    call: (module) => module.setFaxlineTagline('w0', 'f0', 'Example Ltd · +49 211 00000099'),
    method: 'PUT',
    path: '/v2/w0/faxlines/f0/tagline',
    body: { value: 'Example Ltd · +49 211 00000099' },
    resolves: undefined,
    messages: { 403: notBooked('Setting the fax tagline'), 404: notFound },
  },
  {
    name: 'getFaxlineNumbers',
    call: (module) => module.getFaxlineNumbers('w0', 'f0'),
    method: 'GET',
    path: '/v2/w0/faxlines/f0/numbers',
    reply: { items: [number] },
    resolves: [number],
    messages: { 403: notBooked('Reading the fax line numbers', 'faxlines:numbers:read'), 404: notFound },
  },
  {
    name: 'resendFax',
    call: (module) => module.resendFax('F123'),
    method: 'POST',
    path: '/v2/sessions/fax/resend',
    body: { faxId: 'F123' },
    resolves: undefined,
    messages: {
      402: 'Resending the fax failed: the balance does not cover it. Top up the account and try again.',
      404: 'Fax was not found',
    },
  },
  {
    name: 'resendFax from another line',
    call: (module) => module.resendFax('F123', { faxlineId: 'f1' }),
    method: 'POST',
    path: '/v2/sessions/fax/resend',
    body: { faxId: 'F123', faxlineId: 'f1' },
    resolves: undefined,
    messages: { 404: 'Fax was not found' },
  },
];

const ERROR_CLASSES: Record<number, unknown> = {
  402: SipgateIOHttpError,
  403: SipgateIOPermissionError,
  404: SipgateIONotFoundError,
};

function intercept(wire: WireCase, status: number, reply?: nock.Body) {
  const scope = api();
  const interceptor =
    wire.method === 'GET'
      ? scope.get(wire.path)
      : wire.method === 'DELETE'
        ? scope.delete(wire.path)
        : wire.method === 'PUT'
          ? scope.put(wire.path, wire.body)
          : // A POST without a body (createFaxline) must send none.
            scope.post(wire.path, wire.body ?? ((body: unknown) => body === '' || body === undefined));
  return reply === undefined ? interceptor.reply(status) : interceptor.reply(status, reply);
}

describe.each(cases)('$name', (wire) => {
  it(`sends ${wire.method} ${wire.path} and resolves the answer`, async () => {
    intercept(wire, wire.reply === undefined ? 204 : 200, wire.reply);

    await expect(wire.call(fax)).resolves.toEqual(wire.resolves);
  });

  it.each(Object.entries(wire.messages))('maps %s to its class and message', async (status, message) => {
    intercept(wire, Number(status), { errors: [{ status: Number(status) }] });

    const error = await wire.call(fax).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ERROR_CLASSES[Number(status)]);
    expect(error).toMatchObject({ status: Number(status), method: wire.method, message });
  });
});

describe('validation before any request', () => {
  it.each([
    ['createFaxline', () => fax.createFaxline('f0'), 'webuserId'],
    ['renameFaxline', () => fax.renameFaxline('w0', 'f0', ' '), 'alias'],
    ['renameFaxline', () => fax.renameFaxline('w0', 'p0', 'Fax'), 'faxlineId'],
    ['deleteFaxline', () => fax.deleteFaxline('w0', ''), 'faxlineId'],
    ['deleteFaxline', () => fax.deleteFaxline('w0/..', 'f0'), 'webuserId'],
    ['getFaxlineCallerId', () => fax.getFaxlineCallerId('w0', 'f'), 'faxlineId'],
    ['setFaxlineCallerId', () => fax.setFaxlineCallerId('w0', 'f0', '0211'), 'callerId'],
    ['setFaxlineTagline', () => fax.setFaxlineTagline('w0', 'f0', 'two\nlines'), 'tagline'],
    ['setFaxlineTagline', () => fax.setFaxlineTagline('w0', 'f0', 'x'.repeat(101)), 'tagline'],
    ['setFaxlineTagline', () => fax.setFaxlineTagline('w0', 'f0', undefined as unknown as string), 'tagline'],
    ['getFaxlineNumbers', () => fax.getFaxlineNumbers(undefined as unknown as string, 'f0'), 'webuserId'],
    ['resendFax', () => fax.resendFax(''), 'faxId'],
    ['resendFax', () => fax.resendFax('F1', { faxlineId: 's0' }), 'faxlineId'],
  ])('%s rejects a bad %s', async (_name, call, field) => {
    const error = await call().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ field });
  });

  it('accepts an empty tagline, which clears it', async () => {
    api().put('/v2/w0/faxlines/f0/tagline', { value: '' }).reply(204);

    await expect(fax.setFaxlineTagline('w0', 'f0', '')).resolves.toBeUndefined();
  });
});

describe('resendFax is never retried', () => {
  const retrying = createFaxModule(createTestClient({ retry: 2 }));

  it('sends once when the answer is 503', async () => {
    api().post('/v2/sessions/fax/resend', { faxId: 'F1' }).once().reply(503);

    await expect(retrying.resendFax('F1')).rejects.toBeInstanceOf(SipgateIOHttpError);
  });

  it('says the fax may or may not have been sent when the connection drops', async () => {
    api()
      .post('/v2/sessions/fax/resend', { faxId: 'F1' })
      .replyWithError({ code: 'ECONNRESET', message: 'reset' });

    const error = await retrying.resendFax('F1').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SipgateIOOutcomeUnknownError);
    expect((error as Error).message).toContain('the fax may or may not have been sent');
  });
});

describe("users' own clients (drop-in with the original SDK)", () => {
  it('reach the new operations through their own methods with the same paths and plain bodies', async () => {
    const calls: unknown[][] = [];
    const record =
      (method: string, answer: unknown) =>
      async <T>(...args: unknown[]): Promise<T> => {
        calls.push([method, ...args]);
        return answer as T;
      };
    const module = createFaxModule({
      get: record('get', { items: [] }),
      put: record('put', undefined),
      post: record('post', undefined),
      patch: record('patch', undefined),
      delete: record('delete', undefined),
      getAuthenticatedWebuserId: async () => 'w0',
      getWebUsers: async () => [],
    });

    await module.getFaxlineNumbers('w0', 'f0');
    await module.setFaxlineTagline('w0', 'f0', 'Ada');
    await module.resendFax('F1');

    expect(calls).toEqual([
      ['get', '/w0/faxlines/f0/numbers'],
      ['put', '/w0/faxlines/f0/tagline', { value: 'Ada' }],
      ['post', '/sessions/fax/resend', { faxId: 'F1' }],
    ]);
  });
});
