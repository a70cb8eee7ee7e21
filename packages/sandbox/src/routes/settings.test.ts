import { describe, expect, it } from 'vitest';
import { call, pointers, startSandbox } from '../__fixtures__/harness.js';

describe('/settings/sipgateio', () => {
  it('starts empty and replaces the whole object on PUT', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'GET', '/settings/sipgateio')).json).toEqual({
      incomingUrl: '',
      outgoingUrl: '',
      log: false,
      whitelist: null,
    });
    const settings = {
      incomingUrl: 'https://example.com/in',
      outgoingUrl: 'http://localhost:3000/out',
      log: true,
      whitelist: ['p0', 'g1'],
    };
    expect((await call(sandbox, 'PUT', '/settings/sipgateio', { body: settings })).status).toBe(204);
    expect((await call(sandbox, 'GET', '/settings/sipgateio')).json).toEqual(settings);
    await call(sandbox, 'PUT', '/settings/sipgateio', { body: { incomingUrl: '', outgoingUrl: '' } });
    expect(sandbox.state.settings).toEqual({ incomingUrl: '', outgoingUrl: '', log: false, whitelist: null });
  });

  it.each([
    ['a missing outgoingUrl', { incomingUrl: '' }, ['/outgoingUrl']],
    ['a URL without http(s)', { incomingUrl: 'ftp://x', outgoingUrl: '' }, ['/incomingUrl']],
    ['a non-boolean log', { incomingUrl: '', outgoingUrl: '', log: 'yes' }, ['/log']],
    [
      'a whitelist with a device',
      { incomingUrl: '', outgoingUrl: '', whitelist: ['p0', 'e0'] },
      ['/whitelist/1'],
    ],
    [
      'a whitelist that is not an array',
      { incomingUrl: '', outgoingUrl: '', whitelist: 'p0' },
      ['/whitelist'],
    ],
  ])('answers 400 for %s', async (_, body, expected) => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'PUT', '/settings/sipgateio', { body });
    expect(response.status).toBe(400);
    expect(pointers(response.json)).toEqual(expected);
  });
});
