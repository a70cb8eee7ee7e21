/**
 * Drives `client.request` through every operation of the corrected description against the sandbox, each
 * exchange checked by the contract recorder: the whole API stays reachable, answered and true to the spec.
 */
import { type Route, type SipgateIORestClient, sipgateIO } from '@sipgateio/core';
import { createSandbox, type Sandbox } from '@sipgateio/sandbox';
import { loadSpec } from '@sipgateio/spec';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type ContractRecorder,
  createContractRecorder,
  createOperationCases,
  type OperationCase,
} from './index.js';

const spec = loadSpec();
let sandbox: Sandbox;
let client: SipgateIORestClient;
let contract: ContractRecorder;

beforeAll(async () => {
  contract = await createContractRecorder();
  sandbox = await createSandbox({ onExchange: contract.onExchange });
  client = sipgateIO(sandbox.credentials, { baseUrl: sandbox.url, retry: 0 });
});
afterAll(async () => {
  await sandbox.stop();
});
beforeEach(() => {
  sandbox.reset();
});
afterEach(() => {
  contract.assertNoViolations();
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
    callerId: '0',
    voicemailId: 'v0',
    groupId: 'g0',
    entryId: history[0]!.id,
    contactId: contacts[0]!.id,
  };
}

const ids = await seedIds();

/**
 * What the API checks beyond the schemas, by route: values valid against the description that the sandbox
 * (like the API) still refuses, replaced by realistic ones.
 */
const REALISTIC_BODIES: Partial<Record<string, (body: Record<string, unknown>) => unknown>> = {
  // The description's example sendAt lies in the past.
  'POST /sessions/sms': ({ sendAt: _sendAt, ...body }) => body,
  'POST /sessions/fax': (body) => ({ ...body, base64Content: ONE_PAGE_PDF }),
  // Only phoneline and group extensions can be whitelisted.
  'PUT /settings/sipgateio': (body) => ({ ...body, whitelist: ['p0'] }),
  // Entries the history holds.
  'PUT /history': () => [{ id: ids.entryId, starred: true }],
  // A call is started from a device of the user.
  'POST /sessions/calls': (body) => ({ ...body, caller: 'e0', deviceId: 'e0' }),
};

function realistic({ route, params }: OperationCase): Record<string, unknown> {
  const adjust = REALISTIC_BODIES[route];
  return adjust ? { ...params, body: adjust(params.body as Record<string, unknown>) } : params;
}

/** A live call to steer (the call control routes need one). */
async function startCall(): Promise<string> {
  const { sessionId } = await client.request('POST /sessions/calls', {
    body: { caller: 'e0', deviceId: 'e0', callee: '+4915799912345' },
  });
  if (!sessionId) throw new Error('POST /sessions/calls answered without a sessionId');
  return sessionId;
}

const cases = createOperationCases(spec, ids);

describe('client.request through every operation of the description', () => {
  it.each(cases.map((operationCase) => [operationCase.route, operationCase] as const))(
    '%s',
    async (_route, operationCase) => {
      const params = realistic(operationCase);
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
