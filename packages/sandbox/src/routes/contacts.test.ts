import { describe, expect, it } from 'vitest';
import { call, pointers, startSandbox } from '../__fixtures__/harness.js';

const CONTACT = {
  name: 'Grace Hopper',
  given: 'Grace',
  family: 'Hopper',
  emails: [{ email: 'grace@example.com', type: ['work'] }],
  numbers: [{ number: '+4915791234567', type: ['cell'] }],
  addresses: [{ streetAddress: 'Main St 1', locality: 'Arlington', country: 'US' }],
  organization: [['US Navy', 'Research']],
  scope: 'PRIVATE',
};

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

describe('/contacts', () => {
  it('creates, lists with totalCount, updates and deletes a contact', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'POST', '/contacts', { body: CONTACT })).status).toBe(204);
    const list = await call(sandbox, 'GET', '/contacts');
    expect(list.json.totalCount).toBe(2);
    const created = list.json.items.find((contact: { name: string }) => contact.name === 'Grace Hopper');
    expect(created).toMatchObject({ ...CONTACT, picture: null });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    const updated = await call(sandbox, 'PUT', `/contacts/${created.id}`, {
      body: { ...CONTACT, id: created.id, name: 'Rear Admiral Hopper', scope: 'SHARED' },
    });
    expect(updated.status).toBe(204);
    expect(sandbox.state.contacts.find((contact) => contact.id === created.id)).toMatchObject({
      name: 'Rear Admiral Hopper',
      scope: 'SHARED',
    });
    expect((await call(sandbox, 'DELETE', `/contacts/${created.id}`)).status).toBe(204);
    expect((await call(sandbox, 'GET', '/contacts')).json.totalCount).toBe(1);
  });

  it('pages with limit and offset and filters by repeated phonenumbers', async () => {
    const sandbox = await startSandbox();
    for (let index = 0; index < 5; index += 1) {
      await call(sandbox, 'POST', '/contacts', {
        body: { ...CONTACT, name: `C${index}`, numbers: [{ number: `+491570000000${index}`, type: [] }] },
      });
    }
    const page = await call(sandbox, 'GET', '/contacts', { query: { limit: 2, offset: 2 } });
    expect(page.json.totalCount).toBe(6);
    expect(page.json.items.map((contact: { name: string }) => contact.name)).toEqual(['C1', 'C2']);
    const filtered = await call(sandbox, 'GET', '/contacts', {
      query: { phonenumbers: ['+4915700000001', '4915700000003'] },
    });
    expect(filtered.json.items.map((contact: { name: string }) => contact.name)).toEqual(['C1', 'C3']);
    expect(filtered.json.totalCount).toBe(2);
  });

  it('DELETE /contacts removes only private contacts', async () => {
    const sandbox = await startSandbox();
    await call(sandbox, 'POST', '/contacts', { body: CONTACT });
    expect((await call(sandbox, 'DELETE', '/contacts')).status).toBe(204);
    expect(sandbox.state.contacts.map((contact) => contact.scope)).toEqual(['SHARED']);
  });

  it('imports a UTF-8 CSV with the header firstname,lastname,number', async () => {
    const sandbox = await startSandbox();
    const csv =
      'firstname,lastname,number\r\nJürgen,Müller,+4915791234567\n"Ada, Countess",Lovelace,+4930123456789\n';
    expect(
      (await call(sandbox, 'POST', '/contacts/import/csv', { body: { base64Content: base64(csv) } })).status,
    ).toBe(204);
    const imported = sandbox.state.contacts.slice(1);
    expect(imported.map((contact) => [contact.name, contact.numbers[0]?.number, contact.scope])).toEqual([
      ['Jürgen Müller', '+4915791234567', 'PRIVATE'],
      ['Ada, Countess Lovelace', '+4930123456789', 'PRIVATE'],
    ]);
  });

  it.each([
    ['a missing scope', { name: 'X' }, 400, ['/scope']],
    ['an invalid scope', { name: 'X', scope: 'INTERNAL' }, 400, ['/scope']],
    ['no name at all', { scope: 'PRIVATE' }, 400, ['/name']],
    [
      'an email entry without email',
      { name: 'X', scope: 'PRIVATE', emails: [{ type: [] }] },
      400,
      ['/emails/0'],
    ],
    [
      'a non-array organization',
      { name: 'X', scope: 'PRIVATE', organization: ['ACME'] },
      400,
      ['/organization'],
    ],
  ])('POST /contacts answers 400 for %s', async (_, body, status, expected) => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'POST', '/contacts', { body });
    expect(response.status).toBe(status);
    expect(pointers(response.json)).toEqual(expected);
  });

  it.each([
    ['PUT', { ...CONTACT }],
    ['DELETE', undefined],
  ])('%s /contacts/{unknown} answers 404', async (method, body) => {
    const sandbox = await startSandbox();
    const response = await call(
      sandbox,
      method,
      '/contacts/0b7c8f3e-0000-4000-8000-000000000000',
      body ? { body } : {},
    );
    expect(response.status).toBe(404);
  });

  it.each([
    ['missing base64Content', {}, 400],
    ['base64Content that is not base64', { base64Content: '###' }, 400],
    ['a CSV without the number column', { base64Content: base64('firstname,lastname\nA,B\n') }, 500],
    ['a row with too few fields', { base64Content: base64('firstname,lastname,number\nA,B\n') }, 500],
  ])('CSV import answers %s with %i', async (_, body, status) => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, 'POST', '/contacts/import/csv', { body });
    expect(response.status).toBe(status);
    expect(response.json.errors[0].status).toBe(status);
    expect(sandbox.state.contacts).toHaveLength(1);
  });
});
