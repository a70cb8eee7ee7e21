/**
 * Drives `client.request` through every operation of the corrected description against the sandbox, each
 * exchange checked by the contract recorder: the whole API stays reachable, answered and true to the spec.
 */
import { type Route, type SipgateIORestClient, sipgateIO } from '@sipgateio/core';
import { createSandbox, SANDBOX_VERIFICATION_CODE } from '@sipgateio/sandbox';
import { loadSpec } from '@sipgateio/spec';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ContractRecorder,
  createOperationCases,
  type OperationCase,
  useContractSandbox,
} from './index.js';

const spec = loadSpec();
const sandboxed = useContractSandbox();
let client: SipgateIORestClient;
let contract: ContractRecorder;

beforeAll(() => {
  contract = sandboxed.contract;
  client = sipgateIO(sandboxed.sandbox.credentials, { baseUrl: sandboxed.sandbox.url, retry: 0 });
});

const ONE_PAGE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type /Catalog /Pages 2 0 R>>endobj\n2 0 obj<</Type /Pages /Kids [3 0 R] /Count 1>>endobj\n3 0 obj<</Type /Page /Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
).toString('base64');

/** Ids the sandbox's seed data holds, by the description's path parameter names (the same after every reset). */
async function seedIds(): Promise<Record<string, string>> {
  const probe = await createSandbox();
  const { history, contacts } = probe.state;
  await probe.stop();
  return {
    userId: 'w0',
    phonelineId: 'p0',
    deviceId: 'e0',
    faxlineId: 'f0',
    smsId: 's0',
    callerId: '1',
    voicemailId: 'v0',
    groupId: 'g0',
    entryId: history[0]!.id,
    contactId: contacts[0]!.id,
    addressId: '0',
    extension: 'e0',
    notificationId: '1',
    portingId: '1',
    parallelForwardingId: 'x0',
    greetingId: 'v0-standard',
    restriction: 'roaming',
  };
}

const ids = await seedIds();

type Params = Record<string, unknown>;
type Body = Record<string, unknown>;

/**
 * What the API checks beyond the schemas, by route: values valid against the description that the sandbox
 * (like the API) still refuses, replaced by realistic ones; `prepare` creates what the operation acts on.
 */
const REALISTIC: Partial<Record<string, (params: Params & { body: Body }) => Params | Promise<Params>>> = {
  // The description's example sendAt lies in the past.
  'POST /sessions/sms': ({ body: { sendAt: _sendAt, ...body } }) => ({ body }),
  'POST /sessions/fax': ({ body }) => ({ body: { ...body, base64Content: ONE_PAGE_PDF } }),
  'POST /sessions/fax/resend': async ({ body }) => ({ body: { ...body, faxId: await sendFax() } }),
  // Only phoneline and group extensions can be whitelisted.
  'PUT /settings/sipgateio': ({ body }) => ({ body: { ...body, whitelist: ['p0'] } }),
  'PUT /history': () => ({ body: [{ id: ids.entryId, starred: true }] }),
  'POST /sessions/calls': ({ body }) => ({ body: { ...body, caller: 'e0', deviceId: 'e0' } }),
  'DELETE /blacklist/incoming/{phoneNumber}': () => ({ phoneNumber: '+4990012345678' }),
  'DELETE /autorecordings/greetings/{greetingId}': async () => ({ greetingId: await addGreeting() }),
  'GET /callrestrictions': () => ({ userIds: ['w0'] }),
  'PUT /devices/{deviceId}/callerid': (params) => ({ ...params, body: { value: '+4921100000000' } }),
  'PUT /{userId}/faxlines/{faxlineId}/callerid': (params) => ({
    ...params,
    body: { value: '+4921100000099' },
  }),
  'GET /groupfaxlines/{faxlineId}/callerid': () => ({ faxlineId: 'f10' }),
  'GET /groupfaxlines/{faxlineId}/numbers': () => ({ faxlineId: 'f10' }),
  // A user cannot delete themselves; the SIM card is in the mobile device.
  'DELETE /users/{userId}': () => ({ userId: 'w1' }),
  'POST /{userId}/devices/{deviceId}/sim': (params) => ({ ...params, deviceId: 'y0' }),
  'DELETE /{userId}/devices/{deviceId}/sim': (params) => ({ ...params, deviceId: 'y0' }),
  'PUT /{userId}/phonelines/{phonelineId}/forwardings': (params) => ({
    ...params,
    body: { forwardings: [{ destination: '+4915799912345', timeout: 20, active: true }] },
  }),
  'POST /{userId}/phonelines/{phonelineId}/parallelforwardings': (params) => ({
    ...params,
    body: { ...params.body, destination: '+4915799912345' },
  }),
  'PUT /{userId}/phonelines/{phonelineId}/parallelforwardings/{parallelForwardingId}': (params) => ({
    ...params,
    body: { ...params.body, destination: '+4915799912345' },
  }),
  // A new caller id; the default sender cannot be removed; only an unverified one can be verified.
  'POST /{userId}/sms/{smsId}/callerids': (params) => ({
    ...params,
    body: { phonenumber: '+4921100000300' },
  }),
  'POST /{userId}/sms/{smsId}/callerids/{callerId}/verification': (params) => ({
    ...params,
    callerId: '2',
    body: { verificationCode: SANDBOX_VERIFICATION_CODE },
  }),
  'DELETE /{userId}/sms/{smsId}/callerids/{callerId}': (params) => ({ ...params, callerId: '2' }),
};

async function realistic({ route, params }: OperationCase): Promise<Params> {
  const adjust = REALISTIC[route];
  return adjust ? { ...params, ...(await adjust(params as Params & { body: Body })) } : params;
}

/** A live call to steer (the call control routes need one). */
async function startCall(): Promise<string> {
  const { sessionId } = await client.request('POST /sessions/calls', {
    body: { caller: 'e0', deviceId: 'e0', callee: '+4915799912345' },
  });
  if (!sessionId) throw new Error('POST /sessions/calls answered without a sessionId');
  return sessionId;
}

/** A sent fax (to resend). */
async function sendFax(): Promise<string> {
  const { sessionId } = await client.request('POST /sessions/fax', {
    body: { faxlineId: 'f0', recipient: '+4921100000999', filename: 'fax.pdf', base64Content: ONE_PAGE_PDF },
  });
  if (!sessionId) throw new Error('POST /sessions/fax answered without a sessionId');
  return sessionId;
}

/** An autorecording greeting (to delete). */
async function addGreeting(): Promise<string> {
  await client.request('POST /autorecordings/greetings', {
    body: { filename: 'greeting.mp3', base64Content: 'SUQzBAAAAAAAAA==' },
  });
  const greeting = await client.request('GET /autorecordings/greetings');
  if (!greeting.id) throw new Error('GET /autorecordings/greetings answered without an id');
  return greeting.id;
}

const cases = createOperationCases(spec, ids);

describe('client.request through every operation of the description', () => {
  it.each(cases.map((operationCase) => [operationCase.route, operationCase] as const))(
    '%s',
    async (_route, operationCase) => {
      const params = await realistic(operationCase);
      if ('callId' in params) params.callId = await startCall();
      await client.request(operationCase.route as Route, params as never);
    },
  );

  it('exercised as many distinct operations as the description has', () => {
    const count = contractOperationCount();
    expect(count).toBeGreaterThan(0);
    expect(contract.exercised.size).toBe(count);
  });
});

function contractOperationCount(): number {
  return Object.values(spec.paths).flatMap((item) =>
    Object.keys(item).filter((key) => ['get', 'put', 'post', 'delete', 'patch'].includes(key)),
  ).length;
}

describe('the driver against a request that breaks the description', () => {
  it('reports a body of the wrong shape sent through client.request, naming the operation and the field', async () => {
    const violations = await contract.expectViolations(async () => {
      const body = { smsId: 's0', recipient: '+4915799912345', message: 42 };
      await client.request('POST /sessions/sms', { body: body as never }).catch(() => undefined);
    });
    expect(violations).toContainEqual(
      expect.objectContaining({ operationId: 'sendWebSms', location: 'request', path: '$.body.message' }),
    );
  });
});
