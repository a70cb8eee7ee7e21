import { describe, expect, it } from 'vitest';
import { call, startSandbox } from './__fixtures__/harness.js';
import type { SandboxExchange } from './state.types.js';

describe('onExchange', () => {
  it('sees each request with its answer, without the Authorization header', async () => {
    const exchanges: SandboxExchange[] = [];
    const sandbox = await startSandbox({ onExchange: (exchange) => exchanges.push(exchange) });
    await call(sandbox, 'POST', '/sessions/sms', {
      body: { smsId: 's0', recipient: '+4915799912345', message: 'Hi' },
      query: { trace: 'yes' },
    });
    await call(sandbox, 'GET', '/users');
    expect(exchanges).toMatchObject([
      {
        method: 'POST',
        path: '/sessions/sms',
        query: { trace: 'yes' },
        body: { smsId: 's0', recipient: '+4915799912345', message: 'Hi' },
        headers: { 'content-type': 'application/json' },
        status: 204,
        responseBody: undefined,
      },
      {
        method: 'GET',
        path: '/users',
        status: 200,
        responseBody: { items: sandbox.state.users },
        responseContentType: 'application/json; charset=utf-8',
      },
    ]);
    expect(JSON.stringify(exchanges)).not.toContain(sandbox.credentials.token);
    expect(exchanges[0]?.headers).not.toHaveProperty('authorization');
  });

  it('reports injected failures and 401s, and keeps answering when the hook throws', async () => {
    const statuses: number[] = [];
    const sandbox = await startSandbox({
      onExchange: (exchange) => {
        statuses.push(exchange.status);
        throw new Error('observer failed');
      },
    });
    sandbox.fail({ path: '/users', status: 503 });
    expect((await call(sandbox, 'GET', '/users')).status).toBe(503);
    expect((await call(sandbox, 'GET', '/users', { auth: false })).status).toBe(401);
    expect((await call(sandbox, 'GET', '/users')).status).toBe(200);
    expect(statuses).toEqual([503, 401, 200]);
  });
});
