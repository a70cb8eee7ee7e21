import { describe, expect, it } from 'vitest';
import { call, pointers, startSandbox } from '../__fixtures__/harness.js';

describe('/account and /balance', () => {
  it('answer the seeded account and balance', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'GET', '/account')).json).toEqual(sandbox.state.accountSettings.account);
    expect((await call(sandbox, 'GET', '/balance')).json).toEqual({ amount: 123450, currency: 'EUR' });
  });
});

describe('/addresses', () => {
  it('lists, reads and replaces an address, mapping the PUT fields to the GET ones', async () => {
    const sandbox = await startSandbox();
    const list = await call(sandbox, 'GET', '/addresses');
    expect(list.json.items).toHaveLength(1);
    expect((await call(sandbox, 'GET', '/addresses/0')).json).toMatchObject({
      id: 0,
      locality: 'Düsseldorf',
    });
    const update = {
      countrycode: 'DE',
      postcode: '10115',
      city: 'Berlin',
      street: 'Invalidenstr.',
      number: '1',
    };
    expect((await call(sandbox, 'PUT', '/addresses/0', { body: update })).status).toBe(204);
    expect((await call(sandbox, 'GET', '/addresses/0')).json).toMatchObject({
      id: 0,
      streetAddress: 'Invalidenstr. 1',
      postalCode: '10115',
      locality: 'Berlin',
      country: 'DE',
    });
  });

  it.each([
    ['GET', '/addresses/5', 404],
    ['GET', '/addresses/x', 400],
    ['PUT', '/addresses/5', 404],
  ])('%s %s answers %i', async (method, path, status) => {
    const sandbox = await startSandbox();
    const body = method === 'PUT' ? { countrycode: 'DE', postcode: '1', city: 'X' } : undefined;
    expect((await call(sandbox, method, path, { body })).status).toBe(status);
  });

  it('answers 400 naming every missing required field of a PUT', async () => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'PUT', '/addresses/0', { body: { countrycode: 'Germany' } });
    expect(response.status).toBe(400);
    expect(pointers(response.json)).toEqual(['/countrycode', '/postcode', '/city']);
    expect(sandbox.state.accountSettings.addresses[0]?.country).toBe('DE');
  });
});

describe('/portings', () => {
  it('lists and reads portings; revoking removes a revocable one and answers the rest', async () => {
    const sandbox = await startSandbox();
    expect(
      (await call(sandbox, 'GET', '/portings')).json.items.map((porting: { id: string }) => porting.id),
    ).toEqual(['1', '2']);
    expect((await call(sandbox, 'GET', '/portings/1')).json).toMatchObject({ id: '1', revocable: true });
    const revoked = await call(sandbox, 'DELETE', '/portings/1');
    expect(revoked.status).toBe(200);
    expect(revoked.json.items.map((porting: { id: string }) => porting.id)).toEqual(['2']);
    expect((await call(sandbox, 'GET', '/portings/1')).status).toBe(404);
  });

  it('refuses to revoke a completed porting and answers 404 for an unknown one', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'DELETE', '/portings/2')).status).toBe(409);
    expect((await call(sandbox, 'DELETE', '/portings/9')).status).toBe(404);
    expect(sandbox.state.accountSettings.portings).toHaveLength(2);
  });
});
