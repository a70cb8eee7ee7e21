import {
  SipgateIOAuthenticationError,
  SipgateIOHttpError,
  SipgateIONetworkError,
  SipgateIONotFoundError,
  SipgateIOPermissionError,
  SipgateIOValidationError,
} from '@sipgateio/core';
import { AUTH_HEADER, api, createTestClient, setupNock, TEST_CREDENTIALS } from '@sipgateio/test-utils';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { account, address, balance, porting } from './__fixtures__/account.js';
import { createAccountModule } from './account.js';
import type { Account, AccountAddress, Balance, Porting } from './account.types.js';

setupNock();

const module = createAccountModule(createTestClient());

describe('account details and balance', () => {
  it('getAccount sends GET /account and resolves the account', async () => {
    api().get('/v2/account').query({}).reply(200, account);
    await expect(module.getAccount()).resolves.toEqual(account);
  });

  it('getBalance sends GET /balance and resolves amount and currency as the API sends them', async () => {
    api().get('/v2/balance').query({}).reply(200, balance);
    await expect(module.getBalance()).resolves.toEqual(balance);
  });

  it('types the results', () => {
    expectTypeOf(module.getAccount).returns.resolves.toEqualTypeOf<Account>();
    expectTypeOf(module.getBalance).returns.resolves.toEqualTypeOf<Balance>();
  });
});

describe('addresses', () => {
  it('getAddresses sends GET /addresses and resolves the items', async () => {
    api()
      .get('/v2/addresses')
      .query({})
      .reply(200, { items: [address] });
    await expect(module.getAddresses()).resolves.toEqual([address]);
  });

  it.each([1, '1'])('getAddress(%o) sends GET /addresses/1', async (id) => {
    api().get('/v2/addresses/1').query({}).reply(200, address);
    await expect(module.getAddress(id)).resolves.toEqual(address);
  });

  it('updateAddress sends PUT /addresses/1 with only the fields the API knows', async () => {
    const update = {
      countrycode: 'DE',
      postcode: '40219',
      city: 'Düsseldorf',
      street: 'Gladbacher Str.',
      number: '74',
    };
    api().put('/v2/addresses/1', update).query({}).reply(204);
    await expect(
      module.updateAddress(1, { ...update, ...({ extra: 'x' } as object) }),
    ).resolves.toBeUndefined();
  });

  it('a missing address is a not-found error with its id', async () => {
    api().get('/v2/addresses/9').reply(404, { errors: [] });
    const error = await module.getAddress(9).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIONotFoundError);
    expect(error).toMatchObject({
      message: 'Address 9 was not found',
      status: 404,
      method: 'GET',
      path: '/addresses/9',
    });
  });

  it('updating a missing address is a not-found error with its id', async () => {
    api().put('/v2/addresses/9').reply(404, { errors: [] });
    const error = await module
      .updateAddress(9, { countrycode: 'DE', postcode: '40219', city: 'Düsseldorf' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIONotFoundError);
    expect(error).toMatchObject({ message: 'Address 9 was not found', method: 'PUT' });
  });

  it.each([
    ['addressId', () => module.getAddress(-1)],
    ['addressId', () => module.getAddress('1a')],
    ['addressId', () => module.updateAddress(1.5, { countrycode: 'DE', postcode: '1', city: 'X' })],
    ['address', () => module.updateAddress(1, null as never)],
    ['address.city', () => module.updateAddress(1, { countrycode: 'DE', postcode: '1' } as never)],
    ['address.countrycode', () => module.updateAddress(1, { countrycode: ' ', postcode: '1', city: 'X' })],
    [
      'address.street',
      () => module.updateAddress(1, { countrycode: 'DE', postcode: '1', city: 'X', street: 7 as never }),
    ],
  ])('rejects a bad %s before any request', async (field, run) => {
    const error = await run().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ field });
  });
});

describe('portings', () => {
  it('getPortings sends GET /portings and resolves the items', async () => {
    api()
      .get('/v2/portings')
      .query({})
      .reply(200, { items: [porting] });
    await expect(module.getPortings()).resolves.toEqual([porting]);
  });

  it('getPorting sends GET /portings/7', async () => {
    api().get('/v2/portings/7').query({}).reply(200, porting);
    await expect(module.getPorting('7')).resolves.toEqual(porting);
  });

  it('revokePorting sends DELETE /portings/7 and resolves nothing', async () => {
    api().delete('/v2/portings/7').query({}).reply(200, { items: [] });
    await expect(module.revokePorting(7)).resolves.toBeUndefined();
  });

  it.each([
    ['GET', () => module.getPorting(8), () => api().get('/v2/portings/8')],
    ['DELETE', () => module.revokePorting(8), () => api().delete('/v2/portings/8')],
  ])('%s of a missing porting is a not-found error with its id', async (method, run, intercept) => {
    intercept().reply(404, { errors: [] });
    const error = await run().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIONotFoundError);
    expect(error).toMatchObject({
      message: 'Porting 8 was not found',
      status: 404,
      method,
      path: '/portings/8',
    });
  });

  it.each([undefined, '', 'p7', Number.NaN])('rejects the porting id %o before any request', async (id) => {
    const error = await module.revokePorting(id as never).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ field: 'portingId' });
  });

  it('types the results', () => {
    expectTypeOf(module.getAddresses).returns.resolves.toEqualTypeOf<AccountAddress[]>();
    expectTypeOf(module.getPortings).returns.resolves.toEqualTypeOf<Porting[]>();
  });
});

describe('errors are mapped through core', () => {
  it.each([
    [401, SipgateIOAuthenticationError, 'Unauthorized'],
    [403, SipgateIOPermissionError, 'Forbidden'],
    [500, SipgateIOHttpError, 'Request failed with status 500 Internal Server Error (GET /balance)'],
  ])('status %i rejects with %o', async (status, errorClass, message) => {
    api().get('/v2/balance').reply(status, 'nope');
    const error = await module.getBalance().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(errorClass);
    expect(error).toMatchObject({ message, status, method: 'GET', path: '/balance', body: 'nope' });
  });

  it('a connection failure rejects with a network error that carries no credentials', async () => {
    api().get('/v2/account').replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
    const error = await module.getAccount().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIONetworkError);
    const text = JSON.stringify(error, Object.getOwnPropertyNames(error)) + String((error as Error).cause);
    expect(text).not.toContain(TEST_CREDENTIALS.token);
    expect(text).not.toContain(AUTH_HEADER.slice('Basic '.length));
  });
});
