import { createSandbox, type Sandbox } from '@sipgateio/sandbox';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ContractRecorder, ContractViolationError, createContractRecorder } from './index.js';

let sandbox: Sandbox;
let contract: ContractRecorder;
let authorization: string;

function send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return fetch(`${sandbox.url}${path}`, {
    method,
    headers: {
      authorization,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}

beforeAll(async () => {
  contract = await createContractRecorder();
  sandbox = await createSandbox({ onExchange: contract.onExchange });
  const { tokenId, token } = sandbox.credentials;
  authorization = `Basic ${Buffer.from(`${tokenId}:${token}`).toString('base64')}`;
});
afterAll(async () => {
  await sandbox.stop();
});
beforeEach(() => {
  sandbox.reset();
});

describe('contract recorder over the sandbox', () => {
  it('finds no violation in valid exchanges', async () => {
    expect((await send('GET', '/users')).status).toBe(200);
    expect(
      (await send('POST', '/sessions/sms', { smsId: 's0', recipient: '+4915799912345', message: 'Hi' }))
        .status,
    ).toBe(204);
    expect(contract.checked).toBe(2);
    expect(() => contract.assertNoViolations()).not.toThrow();
  });

  it('catches a wrong request body and names the operation, the JSON path and the test', async () => {
    const violations = await contract.expectViolations(async () => {
      await send('POST', '/sessions/sms', { smsId: 's0', recipient: '+4915799912345', message: 42 });
    });
    expect(violations).toEqual([
      expect.objectContaining({
        operationId: 'sendWebSms',
        request: 'POST /sessions/sms',
        location: 'request',
        path: '$.body.message',
        sender:
          'contract recorder over the sandbox > catches a wrong request body and names the operation, the JSON path and the test',
      }),
    ]);
  });

  it('catches a query value that is not of its format (a date-time)', async () => {
    const violations = await contract.expectViolations(() => send('GET', '/history?from=yesterday'));
    expect(violations).toEqual([
      expect.objectContaining({
        operationId: 'getHistory',
        location: 'request',
        path: '$.query.from',
        message: expect.stringMatching(/date-time/),
      }),
    ]);
  });

  it('fails the suite with every violation listed, once', async () => {
    await send('POST', '/sessions/sms', { smsId: 's0', recipient: '+4915799912345', message: 42 });
    await send('GET', '/history', undefined, {}).then(() => send('GET', '/history?limit=5000'));
    expect(() => contract.assertNoViolations()).toThrow(ContractViolationError);
    expect(() => contract.assertNoViolations()).not.toThrow();
  });

  it('lists the violations in the message of the error', async () => {
    let caught: unknown;
    await send('GET', '/history?limit=5000');
    try {
      contract.assertNoViolations();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ContractViolationError);
    expect((caught as Error).message).toMatch(
      /getHistory \(GET \/history\) request \$\.query\.limit: must be <= 1000/,
    );
  });

  it('reports a path no operation of the description has', async () => {
    const violations = await contract.expectViolations(() => send('GET', '/no-such-thing'));
    expect(violations).toMatchObject([{ operationId: 'unknown', request: 'GET /no-such-thing', path: '$' }]);
  });

  it('never puts the Authorization header into what it checks or reports', async () => {
    const violations = await contract.expectViolations(() => send('GET', '/history?limit=5000'));
    expect(JSON.stringify(violations)).not.toContain(sandbox.credentials.token);
  });
});

describe('contract recorder checking credentials', () => {
  const accessToken = 'contract-test-access-token';
  let authSandbox: Sandbox;
  let basic: string;

  function get(path: string, headers: Record<string, string>) {
    return fetch(`${authSandbox.url}${path}`, { headers });
  }

  beforeAll(async () => {
    authSandbox = await createSandbox({ accessToken, onExchange: contract.onExchange });
    const { tokenId, token } = authSandbox.credentials;
    basic = `Basic ${Buffer.from(`${tokenId}:${token}`).toString('base64')}`;
  });
  afterAll(async () => {
    await authSandbox.stop();
  });
  beforeEach(() => {
    authSandbox.reset();
  });

  it('reports a request without credentials, naming the operation', async () => {
    // An injected failure answers before the credentials are checked, so the request is not refused with 401.
    authSandbox.fail({ method: 'GET', path: '/users', status: 503 });
    const violations = await contract.expectViolations(async () => {
      expect((await get('/users', {})).status).toBe(503);
    });
    expect(violations).toEqual([
      expect.objectContaining({
        operationId: 'getAllUsers',
        request: 'GET /users',
        location: 'request',
        path: '$.headers.authorization',
        message: expect.stringMatching(/^no credentials were sent \(accepted: oauth2, basicAuth\)$/),
      }),
    ]);
  });

  it('reports an Authorization header without credentials', async () => {
    authSandbox.fail({ method: 'GET', path: '/users', status: 503 });
    const violations = await contract.expectViolations(() => get('/users', { authorization: 'Basic' }));
    expect(violations).toMatchObject([
      { operationId: 'getAllUsers', message: expect.stringMatching(/carries no credentials/) },
    ]);
  });

  it('accepts Basic credentials', async () => {
    const violations = await contract.expectViolations(async () => {
      expect((await get('/users', { authorization: basic })).status).toBe(200);
    });
    expect(violations).toEqual([]);
  });

  it('accepts Bearer credentials', async () => {
    const violations = await contract.expectViolations(async () => {
      expect((await get('/users', { authorization: `Bearer ${accessToken}` })).status).toBe(200);
    });
    expect(violations).toEqual([]);
  });

  it('leaves requests the sandbox refuses with 401 to the sandbox', async () => {
    const violations = await contract.expectViolations(async () => {
      expect((await get('/users', {})).status).toBe(401);
    });
    expect(violations).toEqual([]);
  });
});
