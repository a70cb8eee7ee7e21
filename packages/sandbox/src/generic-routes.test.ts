import { describe, expect, it } from 'vitest';
import { call, pointers, startSandbox } from './__fixtures__/harness.js';
import type { SandboxContext } from './context.js';
import { OPERATIONS } from './generated/operations.js';
import { createGenericRoutes } from './generic-routes.js';

describe('operations without a stateful route', () => {
  it('answers with the example of the description', async () => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'GET', '/app/tacs');
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ accepted: false });
  });

  it('answers about the resource the path names', async () => {
    // Every GET by id has a stateful route by now, so the generic answer is asked directly.
    const sandbox = await startSandbox();
    const getPorting = OPERATIONS.find((operation) => operation.operationId === 'getPorting');
    const [route] = createGenericRoutes(getPorting ? [getPorting] : []);
    const response = route?.handle({
      method: 'GET',
      path: '/portings/7',
      params: { portingId: '7' },
      query: {},
      body: undefined,
      context: { state: sandbox.state } as SandboxContext,
    });
    expect(response).toMatchObject({ status: 200, body: { id: '7', revocable: expect.any(Boolean) } });
  });

  it('answers every operation of the description, none as an unknown endpoint', async () => {
    const sandbox = await startSandbox();
    const statuses = new Set<number>();
    for (const operation of OPERATIONS) {
      const path = operation.path.replace(/\{userId\}/g, 'w0').replace(/\{\w+\}/g, 'x1');
      const response = await call(sandbox, operation.method, path, { query: { limit: 1 } });
      statuses.add(response.status);
      // A 404 for an id the sandbox does not hold is fine; "no such endpoint" is not.
      expect(response.status, `${operation.method} ${operation.path}`).not.toBe(405);
      expect(response.text, `${operation.method} ${operation.path}`).not.toContain('Unknown endpoint');
    }
    expect([...statuses].every((status) => status < 500)).toBe(true);
  });

  it('needs credentials', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'GET', '/w0/phonelines', { auth: false })).status).toBe(401);
  });

  it('answers 404 for an unknown user and for a path the API does not have', async () => {
    const sandbox = await startSandbox();
    const unknownUser = await call(sandbox, 'GET', '/w9/phonelines');
    expect(unknownUser.status).toBe(404);
    expect(pointers(unknownUser.json)).toEqual(['/userId']);
    expect((await call(sandbox, 'GET', '/no/such/path/at/all')).status).toBe(404);
  });

  it.each([
    ['a field of the wrong type', { phoneNumber: 42 }, ['/phoneNumber']],
    ['a missing required field', { isBlock: true }, ['/phoneNumber']],
    ['a body that is not an object', [1], ['/']],
  ])('answers 400 for %s', async (_, body, expected) => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'POST', '/blacklist/incoming', { body });
    expect(response.status).toBe(400);
    expect(pointers(response.json)).toEqual(expected);
  });

  it('answers 400 for a request without the body whose fields the operation requires', async () => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'PUT', '/devices/e0/external/incomingcalldisplay');
    expect(response.status).toBe(400);
    expect(pointers(response.json)).toEqual(['/']);
    const answered = await call(sandbox, 'PUT', '/devices/e0/external/incomingcalldisplay', {
      body: { incomingCallDisplay: 'CALLER_NUMBER' },
    });
    expect(answered.status).toBe(204);
  });

  it('answers 400 for a query parameter of the wrong type or out of bounds', async () => {
    const sandbox = await startSandbox();
    const operation = OPERATIONS.find((entry) =>
      Object.values(entry.request.query ?? {}).some(
        (rule) => rule.type === 'integer' && rule.maximum !== undefined,
      ),
    );
    expect(operation).toBeDefined();
    const [name, rule] = Object.entries(operation?.request.query ?? {}).find(
      ([, entry]) => entry.type === 'integer' && entry.maximum !== undefined,
    ) as [string, { maximum: number }];
    const path = (operation?.path ?? '').replace(/\{userId\}/g, 'w0').replace(/\{\w+\}/g, 'x1');
    for (const value of ['many', String(rule.maximum + 1)]) {
      const response = await call(sandbox, operation?.method ?? 'GET', path, { query: { [name]: value } });
      expect(response.status).toBe(400);
      expect(pointers(response.json)).toEqual([`?${name}`]);
    }
  });

  it('reads back what a PUT wrote, until reset', async () => {
    const sandbox = await startSandbox();
    const url = 'https://example.com/front-desk';
    const path = '/w0/phonelines/p0/sipgateio';
    const written = await call(sandbox, 'PUT', path, { body: { incomingUrl: url, outgoingUrl: '' } });
    expect(written.status).toBeLessThan(300);
    expect((await call(sandbox, 'GET', path)).json).toMatchObject({ incomingUrl: url });
    expect((await call(sandbox, 'GET', '/w0/phonelines/p1/sipgateio')).json.incomingUrl).not.toBe(url);
    sandbox.reset();
    expect((await call(sandbox, 'GET', path)).json.incomingUrl).not.toBe(url);
  });

  it('answers 415 for a body that is not JSON', async () => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'POST', '/blacklist/incoming', {
      body: 'x',
      contentType: 'text/plain',
    });
    expect(response.status).toBe(415);
  });
});
