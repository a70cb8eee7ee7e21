import {
  type SipgateIOClient,
  SipgateIOError,
  SipgateIOHttpError,
  SipgateIONotFoundError,
  SipgateIOOutcomeUnknownError,
  SipgateIOPermissionError,
  SipgateIOValidationError,
} from '@sipgateio/core';
import { api, createTestClient, type nock, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { createSMSModule } from './sms.js';
import type { SMSModule } from './sms.types.js';

setupNock();

const sms = createSMSModule(createTestClient());

const listed = [
  { id: 0, phonenumber: '+4915799912345', verified: true, defaultNumber: true },
  { id: 3, phonenumber: '+4915700000009', verified: false, defaultNumber: false },
];

interface WireCase {
  name: string;
  call: (module: SMSModule) => Promise<unknown>;
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  path: string;
  body?: nock.DataMatcherMap;
  reply?: nock.Body;
  resolves: unknown;
  /** Further requests a successful call makes. */
  alsoExpect?: () => void;
  messages: Partial<Record<number, string>>;
}

const forbidden = (action: string, scope: string) =>
  `${action} failed: the token lacks the ${scope} scope or s0 is not an SMS extension of w0.`;

const cases: WireCase[] = [
  {
    name: 'getCallerIds',
    call: (module) => module.getCallerIds('w0', 's0'),
    method: 'GET',
    path: '/v2/w0/sms/s0/callerids',
    reply: { items: listed },
    resolves: listed,
    messages: {
      403: forbidden('Reading the SMS caller ids', 'sms:callerid:read'),
      404: 'SMS extension s0 of w0 was not found',
    },
  },
  {
    name: 'addCallerId',
    call: (module) => module.addCallerId('w0', 's0', '+49 157 00000009'),
    method: 'POST',
    path: '/v2/w0/sms/s0/callerids',
    body: { phonenumber: '+4915700000009' },
    alsoExpect: () => {
      api().get('/v2/w0/sms/s0/callerids').reply(200, { items: listed });
    },
    resolves: listed[1],
    messages: {
      402: 'Adding the SMS caller id failed: the balance does not cover the verification SMS. Top up the account and try again.',
      403: forbidden('Adding the SMS caller id', 'sms:callerid:write'),
      404: 'SMS extension s0 of w0 was not found',
    },
  },
  {
    name: 'verifyCallerId',
    call: (module) => module.verifyCallerId('w0', 's0', 3, ' 123456 '),
    method: 'POST',
    path: '/v2/w0/sms/s0/callerids/3/verification',
    body: { verificationCode: '123456' },
    resolves: undefined,
    messages: {
      403: forbidden('Verifying the SMS caller id', 'sms:callerid:write'),
      404: 'Caller id 3 of s0 was not found',
    },
  },
  {
    name: 'deleteCallerId',
    call: (module) => module.deleteCallerId('w0', 's0', 3),
    method: 'DELETE',
    path: '/v2/w0/sms/s0/callerids/3',
    resolves: undefined,
    messages: {
      403: forbidden('Deleting the SMS caller id', 'sms:callerid:write'),
      404: 'Caller id 3 of s0 was not found',
    },
  },
  {
    name: 'renameSmsExtension',
    call: (module) => module.renameSmsExtension('w0', 's0', 'Support SMS'),
    method: 'PUT',
    path: '/v2/w0/sms/s0',
    body: { alias: 'Support SMS' },
    resolves: undefined,
    messages: {
      403: forbidden('Renaming the SMS extension', 'sms:write'),
      404: 'SMS extension s0 of w0 was not found',
    },
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
          : scope.post(wire.path, wire.body);
  return reply === undefined ? interceptor.reply(status) : interceptor.reply(status, reply);
}

describe.each(cases)('$name', (wire) => {
  it(`sends ${wire.method} ${wire.path} and resolves the answer`, async () => {
    intercept(wire, wire.reply === undefined ? 204 : 200, wire.reply);
    wire.alsoExpect?.();

    await expect(wire.call(sms)).resolves.toEqual(wire.resolves);
  });

  it.each(Object.entries(wire.messages))('maps %s to its class and message', async (status, message) => {
    intercept(wire, Number(status), { errors: [{ status: Number(status) }] });

    const error = await wire.call(sms).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ERROR_CLASSES[Number(status)]);
    expect(error).toMatchObject({ status: Number(status), method: wire.method, message });
  });
});

describe('addCallerId', () => {
  it('says so when the added number is not listed afterwards', async () => {
    api().post('/v2/w0/sms/s0/callerids', { phonenumber: '+4915700000010' }).reply(204);
    api().get('/v2/w0/sms/s0/callerids').reply(200, { items: listed });

    const error = await sms.addCallerId('w0', 's0', '+4915700000010').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SipgateIOError);
    expect(error).not.toBeInstanceOf(SipgateIOHttpError);
    expect((error as Error).message).toBe(
      '+4915700000010 was added as a caller id of s0 but is not listed yet: read getCallerIds later.',
    );
  });

  it('is never retried: a lost answer says the outcome is unknown', async () => {
    const retrying = createSMSModule(createTestClient({ retry: 2 }));
    api()
      .post('/v2/w0/sms/s0/callerids', { phonenumber: '+4915700000010' })
      .replyWithError({ code: 'ECONNRESET', message: 'reset' });

    const error = await retrying.addCallerId('w0', 's0', '+4915700000010').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SipgateIOOutcomeUnknownError);
  });
});

describe('validation before any request', () => {
  it.each([
    ['getCallerIds', () => sms.getCallerIds('s0', 's0'), 'webuserId'],
    ['getCallerIds', () => sms.getCallerIds('w0', 'f0'), 'smsId'],
    ['addCallerId', () => sms.addCallerId('w0', 's0', '0157 123'), 'phoneNumber'],
    ['addCallerId', () => sms.addCallerId('w0', '', '+4915700000010'), 'smsId'],
    ['verifyCallerId', () => sms.verifyCallerId('w0', 's0', 1.5, '1234'), 'callerId'],
    ['verifyCallerId', () => sms.verifyCallerId('w0', 's0', '3' as unknown as number, '1234'), 'callerId'],
    ['verifyCallerId', () => sms.verifyCallerId('w0', 's0', 3, '  '), 'verificationCode'],
    ['deleteCallerId', () => sms.deleteCallerId('w0', 's0', -1), 'callerId'],
    ['renameSmsExtension', () => sms.renameSmsExtension('w0', 's0', ''), 'alias'],
    ['renameSmsExtension', () => sms.renameSmsExtension('w0/..', 's0', 'SMS'), 'webuserId'],
  ])('%s rejects a bad %s', async (_name, call, field) => {
    const error = await call().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ field });
  });

  it('never puts the verification code into an error', async () => {
    api()
      .post('/v2/w0/sms/s0/callerids/3/verification', { verificationCode: '987654' })
      .reply(400, { error: 'wrong' });

    const error = await sms.verifyCallerId('w0', 's0', 3, '987654').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SipgateIOHttpError);
    const text = JSON.stringify(error, Object.getOwnPropertyNames(error)) + String((error as Error).cause);
    expect(text).not.toContain('987654');
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
    const module = createSMSModule({
      get: record('get', { items: listed }),
      put: record('put', undefined),
      post: record('post', undefined),
      patch: record('patch', undefined),
      delete: record('delete', undefined),
      getAuthenticatedWebuserId: async () => 'w0',
      getWebUsers: async () => [],
    } as SipgateIOClient);

    await expect(module.addCallerId('w0', 's0', '+4915700000009')).resolves.toEqual(listed[1]);
    await module.verifyCallerId('w0', 's0', 3, '1234');
    await module.renameSmsExtension('w0', 's0', 'SMS');

    expect(calls).toEqual([
      ['post', '/w0/sms/s0/callerids', { phonenumber: '+4915700000009' }],
      ['get', '/w0/sms/s0/callerids'],
      ['post', '/w0/sms/s0/callerids/3/verification', { verificationCode: '1234' }],
      ['put', '/w0/sms/s0', { alias: 'SMS' }],
    ]);
  });
});
