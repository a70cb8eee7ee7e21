import { describe, expect, it } from 'vitest';
import { call, pointers, startSandbox } from '../__fixtures__/harness.js';

const LINE = '/w0/phonelines/p0/sipgateio';

describe('/{userId}/phonelines/{phonelineId}/sipgateio', () => {
  it('starts unset and replaces the whole object on PUT', async () => {
    const sandbox = await startSandbox();
    const unset = {
      incomingActive: false,
      outgoingActive: false,
      incomingUrl: '',
      outgoingUrl: '',
      log: false,
      allowSelfSigned: false,
    };
    expect((await call(sandbox, 'GET', LINE)).json).toEqual(unset);

    const settings = { ...unset, incomingActive: true, incomingUrl: 'https://example.com/in', log: true };
    expect((await call(sandbox, 'PUT', LINE, { body: settings })).status).toBe(204);
    expect((await call(sandbox, 'GET', LINE)).json).toEqual(settings);
    expect((await call(sandbox, 'GET', '/w1/phonelines/p1/sipgateio')).json).toEqual(unset);

    await call(sandbox, 'PUT', LINE, { body: { incomingUrl: '', outgoingUrl: 'http://localhost/out' } });
    expect(sandbox.state.phonelineWebhooks['w0/p0']).toEqual({
      ...unset,
      outgoingUrl: 'http://localhost/out',
    });
  });

  it.each([
    ['a missing outgoingUrl', { incomingUrl: '' }, ['/outgoingUrl']],
    ['a URL without http(s)', { incomingUrl: 'ftp://x', outgoingUrl: '' }, ['/incomingUrl']],
    ['a non-boolean flag', { incomingUrl: '', outgoingUrl: '', incomingActive: 'yes' }, ['/incomingActive']],
  ])('answers 400 for %s', async (_, body, expected) => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'PUT', LINE, { body });
    expect(response.status).toBe(400);
    expect(pointers(response.json)).toEqual(expected);
  });

  it.each([
    ['GET', '/w0/phonelines/p1/sipgateio'],
    ['PUT', '/w9/phonelines/p0/sipgateio'],
    ['GET', '/w0/phonelines/p7/sipgateio/log'],
  ])('answers 404 for %s %s, a line the user does not have', async (method, path) => {
    const sandbox = await startSandbox();
    const body = method === 'PUT' ? { incomingUrl: '', outgoingUrl: '' } : undefined;
    const response = await call(sandbox, method, path, body ? { body } : {});
    expect(response.status).toBe(404);
  });
});

describe('webhook logs', () => {
  it('lists the seeded entry for the account and for its line, without the line field', async () => {
    const sandbox = await startSandbox();
    const account = (await call(sandbox, 'GET', '/log/webhooks')).json;
    expect(account.items).toHaveLength(1);
    expect(account.items[0]).toMatchObject({ status: '404', url: 'https://example.com/sipgate/incoming' });
    expect(account.items[0]).not.toHaveProperty('phonelineId');
    expect((await call(sandbox, 'GET', `${LINE}/log`)).json).toEqual(account);
    expect((await call(sandbox, 'GET', '/w1/phonelines/p1/sipgateio/log')).json).toEqual({ items: [] });
  });
});
