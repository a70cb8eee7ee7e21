import { describe, expect, it } from 'vitest';
import { basicAuth, call, startSandbox } from './__fixtures__/harness.js';

const SMS = { smsId: 's0', recipient: '+4915799912345', message: 'Hi' };

describe('fail()', () => {
  it('fails the next N matching requests with a status, JSON body and headers, then recovers', async () => {
    const sandbox = await startSandbox();
    sandbox.fail({
      method: 'POST',
      path: '/sessions/sms',
      times: 2,
      status: 429,
      headers: { 'Retry-After': '1' },
    });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await call(sandbox, 'POST', '/sessions/sms', { body: SMS });
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('1');
      expect(response.json.errors[0]).toMatchObject({ status: 429, title: 'Too Many Requests' });
    }
    expect(sandbox.state.sms).toHaveLength(0);
    expect((await call(sandbox, 'POST', '/sessions/sms', { body: SMS })).status).toBe(204);
    expect(sandbox.state.sms).toHaveLength(1);
    expect(sandbox.state.requests.map((request) => request.status)).toEqual([429, 429, 204]);
  });

  it('matches by method and by RegExp, defaulting to one 500', async () => {
    const sandbox = await startSandbox();
    sandbox.fail({ method: 'DELETE', path: /^\/calls\// });
    expect((await call(sandbox, 'GET', '/calls')).status).toBe(200);
    expect((await call(sandbox, 'DELETE', '/calls/ANY')).status).toBe(500);
    expect((await call(sandbox, 'DELETE', '/calls/ANY')).status).toBe(404);
  });

  it('accepts paths with the /v2 prefix and fails before authentication', async () => {
    const sandbox = await startSandbox();
    sandbox.fail({ path: '/v2/users', status: 503 });
    expect((await call(sandbox, 'GET', '/users', { auth: false })).status).toBe(503);
  });

  it('hang: ms delays the answer past a client timeout and the request still takes effect', async () => {
    const sandbox = await startSandbox();
    sandbox.fail({ path: '/sessions/sms', hang: 1_000 });
    // The client gives up once the sandbox holds the request (not after a fixed time, which a busy
    // machine could spend before the request even arrives).
    const controller = new AbortController();
    const answer = call(sandbox, 'POST', '/sessions/sms', { body: SMS, signal: controller.signal });
    await expect.poll(() => sandbox.state.requests.length, { timeout: 30_000, interval: 5 }).toBe(1);
    controller.abort();
    await expect(answer).rejects.toThrow();
    expect(sandbox.state.sms).toHaveLength(0);
    await expect.poll(() => sandbox.state.sms.length, { timeout: 30_000, interval: 20 }).toBe(1);
  });

  it('hang: true never answers and stop() still ends the connection', async () => {
    const sandbox = await startSandbox();
    sandbox.fail({ path: '/users', hang: true });
    const pending = fetch(`${sandbox.url}/users`, { headers: { Authorization: basicAuth(sandbox) } });
    await expect.poll(() => sandbox.state.requests.length, { timeout: 30_000, interval: 5 }).toBe(1);
    expect(sandbox.state.requests[0]?.status).toBe(0);
    await sandbox.stop();
    await expect(pending).rejects.toThrow();
  });

  it('dropAfterBody destroys the connection after the request took effect (outcome unknown)', async () => {
    const sandbox = await startSandbox();
    sandbox.fail({ method: 'POST', path: '/sessions/fax', dropAfterBody: true });
    const fax = {
      faxlineId: 'f0',
      recipient: '+4921100000001',
      filename: 'a.pdf',
      base64Content: Buffer.from('%PDF-1.4\n%%EOF').toString('base64'),
    };
    await expect(call(sandbox, 'POST', '/sessions/fax', { body: fax })).rejects.toThrow();
    expect(sandbox.state.faxes).toHaveLength(1);
    expect(sandbox.state.requests[0]).toMatchObject({ method: 'POST', path: '/sessions/fax', status: 0 });
  });

  it('rejects a non-positive times', async () => {
    const sandbox = await startSandbox();
    expect(() => sandbox.fail({ path: '/users', times: 0 })).toThrow(RangeError);
  });
});
