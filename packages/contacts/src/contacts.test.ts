import {
  SipgateIOAbortError,
  SipgateIOAuthenticationError,
  SipgateIOHttpError,
  SipgateIONotFoundError,
  SipgateIOPermissionError,
  SipgateIOValidationError,
} from '@sipgateio/core';
import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  contactsPage,
  internalContact,
  makeContact,
  privateContact,
  sharedContact,
} from './__fixtures__/contacts.js';
import { appleVCard3 } from './__fixtures__/vcards.js';
import { createContactsModule } from './contacts.js';
import type { ContactImport, ContactResponse, ContactsModule, ExportScope } from './contacts.types.js';
import { ContactsDeletionError } from './errors.js';
import type { ContactVCard } from './vcard.js';

setupNock();

const contacts = () => createContactsModule(createTestClient());

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

const ada: ContactImport = {
  firstname: 'Ada',
  lastname: 'Lovelace',
  phone: { number: '+49 211 635 533 55', type: ['work'] },
  email: { email: 'ada@example.com', type: ['home'] },
  address: privateContact.addresses[0]!,
  organization: [['sipgate']],
};

describe('create', () => {
  it('posts the original body, with the phone number in E.164', async () => {
    api()
      .post('/v2/contacts', {
        name: 'Ada Lovelace',
        family: 'Lovelace',
        given: 'Ada',
        organization: [['sipgate']],
        picture: null,
        scope: 'PRIVATE',
        addresses: [{ ...privateContact.addresses[0]! } as Record<string, string>],
        emails: [{ email: 'ada@example.com', type: ['home'] }],
        numbers: [{ number: '+4921163553355', type: ['work'] }],
      })
      .reply(204);
    await expect(contacts().create(ada, 'PRIVATE')).resolves.toBeUndefined();
  });

  it('sends empty lists and a null picture when the contact has no details', async () => {
    api()
      .post('/v2/contacts', {
        name: 'Turing',
        family: 'Turing',
        given: '',
        organization: [],
        picture: null,
        scope: 'SHARED',
        addresses: [],
        emails: [],
        numbers: [],
      })
      .reply(204);
    await contacts().create({ firstname: '', lastname: 'Turing' }, 'SHARED');
  });

  it.each<[string, Partial<ContactImport>, string, string]>([
    ['both names empty', { firstname: '', lastname: '' }, 'Names not given', 'firstname'],
    ['both names blank', { firstname: ' ', lastname: '\t' }, 'Names not given', 'firstname'],
    [
      'a name that is not a string',
      { firstname: 5 as never, lastname: 'x' },
      'Invalid firstname: expected a string',
      'firstname',
    ],
    [
      'an invalid phone number',
      { phone: { number: '0211 1234', type: [] } },
      'Invalid phone number (please provide number in E.164 format): 0211 1234',
      'phone.number',
    ],
    [
      'an invalid e-mail',
      { email: { email: '@test.de', type: [] } },
      'Invalid email: @test.de',
      'email.email',
    ],
  ])('rejects %s before sending anything', async (_, change, message, field) => {
    const error = await rejectionOf(contacts().create({ ...ada, ...change }, 'PRIVATE'));
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({ message, field });
  });

  it('rejects undefined names instead of sending "undefined undefined"', async () => {
    const error = await rejectionOf(contacts().create({ phone: ada.phone } as ContactImport, 'PRIVATE'));
    expect(error).toMatchObject({ name: 'SipgateIOValidationError', message: 'Names not given' });
  });

  it('rejects an unknown scope', async () => {
    const error = await rejectionOf(contacts().create(ada, 'INTERNAL' as never));
    expect(error).toMatchObject({ name: 'SipgateIOValidationError', field: 'scope' });
  });

  it('reports a 500 as an HTTP error, not as "Invalid CSV string"', async () => {
    api().post('/v2/contacts').reply(500, { errors: [] });
    const error = await rejectionOf(contacts().create(ada, 'PRIVATE'));
    expect(error).toBeInstanceOf(SipgateIOHttpError);
    expect(error).toMatchObject({ status: 500, method: 'POST' });
    expect((error as Error).message).not.toBe('Invalid CSV string');
  });

  it('maps 401 and 403 through core', async () => {
    api().post('/v2/contacts').reply(401);
    expect(await rejectionOf(contacts().create(ada, 'PRIVATE'))).toBeInstanceOf(SipgateIOAuthenticationError);
    api().post('/v2/contacts').reply(403);
    const error = await rejectionOf(contacts().create(ada, 'PRIVATE'));
    expect(error).toBeInstanceOf(SipgateIOPermissionError);
    expect(error).toMatchObject({
      message: 'Forbidden (POST /contacts). The token needs one of the scopes contacts:write, all.',
      status: 403,
    });
  });
});

describe('update, delete, deleteAllPrivate', () => {
  it('update puts the whole contact to /contacts/{id}', async () => {
    api()
      .put(`/v2/contacts/${privateContact.id}`, JSON.parse(JSON.stringify(privateContact)))
      .reply(204);
    await expect(contacts().update(privateContact)).resolves.toBeUndefined();
  });

  it('delete sends DELETE /contacts/{id} and encodes the id', async () => {
    api().delete('/v2/contacts/abc').reply(204);
    api().delete('/v2/contacts/a%2Fb').reply(204);
    await contacts().delete('abc');
    await contacts().delete('a/b');
  });

  it('delete maps 404 to a not-found error', async () => {
    api().delete('/v2/contacts/missing').reply(404);
    expect(await rejectionOf(contacts().delete('missing'))).toBeInstanceOf(SipgateIONotFoundError);
  });

  it.each([[''], [' '], [undefined]])('rejects the id %j', async (id) => {
    const error = await rejectionOf(contacts().delete(id as never));
    expect(error).toMatchObject({ name: 'SipgateIOValidationError', field: 'id' });
    const updateError = await rejectionOf(contacts().update({ ...privateContact, id: id as never }));
    expect(updateError).toMatchObject({ name: 'SipgateIOValidationError', field: 'contact.id' });
  });

  it('deleteAllPrivate sends DELETE /contacts', async () => {
    api().delete('/v2/contacts').reply(204);
    await expect(contacts().deleteAllPrivate()).resolves.toBeUndefined();
  });
});

describe('deleteAllShared', () => {
  const page = (offset: number, items: ContactResponse[], totalCount: number) =>
    api()
      .get('/v2/contacts')
      .query({ limit: '1000', offset: String(offset) })
      .reply(200, { items, totalCount });

  it('pages through all contacts and resolves only after every shared one is deleted', async () => {
    const first = Array.from({ length: 1000 }, (_, index) =>
      makeContact(index, index % 400 === 0 ? 'SHARED' : 'PRIVATE'),
    );
    const second = [makeContact(1000, 'SHARED'), makeContact(1001, 'INTERNAL')];
    page(0, first, 1002);
    page(1000, second, 1002);
    const answered: string[] = [];
    for (const id of ['contact-0', 'contact-400', 'contact-800', 'contact-1000']) {
      api()
        .delete(`/v2/contacts/${id}`)
        .reply((_uri, _body, callback) => {
          setTimeout(() => {
            answered.push(id);
            callback(null, [204, '']);
          }, 30);
        });
    }
    await contacts().deleteAllShared();
    expect(answered.sort()).toEqual(['contact-0', 'contact-1000', 'contact-400', 'contact-800']);
  });

  it('reports partial failures with the failed ids after all deletions settled', async () => {
    page(0, [makeContact(1), makeContact(2), makeContact(3)], 3);
    api().delete('/v2/contacts/contact-1').reply(204);
    api().delete('/v2/contacts/contact-2').reply(500);
    const last = api().delete('/v2/contacts/contact-3').delay(50).reply(204);
    const error = await rejectionOf(contacts().deleteAllShared());
    expect(last.isDone()).toBe(true);
    expect(error).toBeInstanceOf(ContactsDeletionError);
    expect(error).toMatchObject({
      name: 'ContactsDeletionError',
      failedIds: ['contact-2'],
      deletedIds: ['contact-1', 'contact-3'],
    });
    expect((error as ContactsDeletionError).cause).toBeInstanceOf(SipgateIOHttpError);
    expect((error as Error).message).toContain('contact-2');
  });

  it('counts a contact that is already gone (404) as deleted', async () => {
    page(0, [makeContact(1), makeContact(2)], 2);
    api().delete('/v2/contacts/contact-1').reply(404);
    api().delete('/v2/contacts/contact-2').reply(204);
    await expect(contacts().deleteAllShared()).resolves.toBeUndefined();
  });

  it('deletes with bounded concurrency', async () => {
    page(
      0,
      Array.from({ length: 12 }, (_, index) => makeContact(index)),
      12,
    );
    let inFlight = 0;
    let maximum = 0;
    for (let index = 0; index < 12; index++) {
      api()
        .delete(`/v2/contacts/contact-${index}`)
        .reply((_uri, _body, callback) => {
          inFlight++;
          maximum = Math.max(maximum, inFlight);
          setTimeout(() => {
            inFlight--;
            callback(null, [204, '']);
          }, 20);
        });
    }
    await contacts().deleteAllShared();
    expect(maximum).toBeGreaterThan(1);
    expect(maximum).toBeLessThanOrEqual(4);
  });

  it('a failing listing rejects with the mapped error and deletes nothing', async () => {
    api().get('/v2/contacts').query({ limit: '1000', offset: '0' }).reply(401);
    expect(await rejectionOf(contacts().deleteAllShared())).toBeInstanceOf(SipgateIOAuthenticationError);
  });
});

describe('importFromCsvString', () => {
  it('posts the projected CSV as base64 of UTF-8', async () => {
    const csv = 'Number,FirstName,LastName\n+4921163553355,José €,Ünal 😀\n';
    const expected = 'firstname,lastname,number\nJosé €,Ünal 😀,+4921163553355';
    api()
      .post('/v2/contacts/import/csv', { base64Content: Buffer.from(expected, 'utf8').toString('base64') })
      .reply(204);
    await expect(contacts().importFromCsvString(csv)).resolves.toBeUndefined();
  });

  it('posts an ASCII projection (quote-free, CRLF, padded) as base64 of its bytes', async () => {
    const csv = '\uFEFFlastname, FIRSTNAME ,number\r\n Doe ,John,+49211 1\r\n\r\nRoe,Jane,+49211 2\r\n';
    const expected = 'firstname,lastname,number\nJohn,Doe,+49211 1\nJane,Roe,+49211 2';
    api()
      .post('/v2/contacts/import/csv', { base64Content: Buffer.from(expected, 'utf8').toString('base64') })
      .reply(204);
    await expect(contacts().importFromCsvString(csv)).resolves.toBeUndefined();
  });

  it('maps a 500 of the import to "Invalid CSV string"', async () => {
    api().post('/v2/contacts/import/csv').reply(500);
    const error = await rejectionOf(contacts().importFromCsvString('firstname,lastname,number\nA,B,+49'));
    expect(error).toBeInstanceOf(SipgateIOHttpError);
    expect(error).toMatchObject({ message: 'Invalid CSV string', status: 500 });
  });

  it('rejects invalid CSV before sending anything', async () => {
    const error = await rejectionOf(contacts().importFromCsvString(''));
    expect(error).toMatchObject({ name: 'SipgateIOValidationError', message: 'Invalid CSV string' });
  });
});

describe('importVCardString', () => {
  it('posts the parsed card, keeping TEL and EMAIL types', async () => {
    api()
      .post('/v2/contacts', {
        name: 'Max Mustermann',
        family: 'Mustermann',
        given: 'Max',
        organization: [['Muster, GmbH', 'Vertrieb']],
        picture: null,
        scope: 'SHARED',
        addresses: [
          {
            poBox: '',
            extendedAddress: '',
            streetAddress: 'Musterstra;ße 1',
            locality: 'Düsseldorf',
            region: '',
            postalCode: '40219',
            country: 'Deutschland',
          },
        ],
        emails: [{ email: 'max@example.com', type: ['internet', 'home'] }],
        numbers: [{ number: '+49 157 39777777', type: ['cell', 'voice', 'pref'] }],
      })
      .reply(204);
    await contacts().importVCardString(appleVCard3, 'SHARED');
  });

  it('rejects an invalid card before sending anything', async () => {
    const error = await rejectionOf(contacts().importVCardString('BEGIN:VCARD\r\nVERSION:4.0', 'PRIVATE'));
    expect(error).toMatchObject({
      name: 'SipgateIOValidationError',
      message: 'vCard does not contain a valid END tag',
    });
  });

  it('reports a 500 as an HTTP error, not as "Invalid CSV string"', async () => {
    api().post('/v2/contacts').reply(500);
    const error = await rejectionOf(contacts().importVCardString(appleVCard3, 'PRIVATE'));
    expect(error).toMatchObject({ status: 500 });
    expect((error as Error).message).not.toBe('Invalid CSV string');
  });
});

describe('get and the export family', () => {
  const listing = (query: Record<string, string | string[]> = {}, body = contactsPage) =>
    api().get('/v2/contacts').query(query).reply(200, body);

  it.each<[ExportScope, ContactResponse[]]>([
    ['ALL', [privateContact, sharedContact, internalContact]],
    ['PRIVATE', [privateContact]],
    ['SHARED', [sharedContact]],
    ['INTERNAL', [internalContact]],
  ])('get(%s) filters the page by scope on the client', async (scope, expected) => {
    listing();
    expect(await contacts().get(scope)).toEqual(expected);
    listing();
    expect(await contacts().paginatedGet(scope)).toEqual({ response: expected, hasMore: false });
  });

  it('sends limit, offset and repeated phonenumbers', async () => {
    listing({ limit: '3', offset: '10', phonenumbers: ['+490123456789', '+4921100000000'] });
    await contacts().get(
      'ALL',
      { limit: 3, offset: 10 },
      { phonenumbers: ['+490123456789', '+4921100000000'] },
    );
  });

  it.each([
    [{ limit: 3, offset: 0 }, 5, true],
    [{ limit: 3, offset: 2 }, 5, false],
    [{ limit: 3, offset: 1 }, 5, true],
    [undefined, 5000, false],
    [undefined, 5001, true],
    [{ offset: 10 }, 5010, false],
  ])('hasMore for pagination %j and totalCount %i is %s', async (pagination, totalCount, hasMore) => {
    listing(
      Object.fromEntries(Object.entries(pagination ?? {}).map(([key, value]) => [key, String(value)])),
      { items: [], totalCount },
    );
    expect(await contacts().paginatedGet('ALL', pagination)).toEqual({ response: [], hasMore });
  });

  it('exportAsJSON writes contacts with flattened e-mails and numbers and the API totalCount', async () => {
    listing();
    const json = await contacts().exportAsJSON('PRIVATE');
    expect(json).toBe(
      JSON.stringify({
        contacts: [
          {
            id: privateContact.id,
            name: 'Ada Lovelace',
            emails: ['ada@example.com'],
            numbers: ['+4921163553355'],
            addresses: privateContact.addresses,
            organizations: [['sipgate', 'Engineering']],
            scope: 'PRIVATE',
          },
        ],
        totalCount: 3,
      }),
    );
  });

  it('exportAsCsv writes the selected scope with the given delimiter', async () => {
    listing();
    expect(await contacts().exportAsCsv('SHARED', ';')).toBe(
      '"id";"name";"emails";"numbers";"addresses";"organizations"\r\n' +
        `"${sharedContact.id}";"Alan Turing";"[]";"[""+4921100000000""]";"[]";"[]"`,
    );
  });

  it('rejects a bad CSV delimiter before sending anything', async () => {
    const error = await rejectionOf(contacts().exportAsCsv('ALL', ''));
    expect(error).toMatchObject({ name: 'SipgateIOValidationError', field: 'delimiter' });
  });

  it('exportAsVCards writes one card per contact; exportAsSingleVCard concatenates them', async () => {
    listing();
    const cards = await contacts().exportAsVCards('ALL');
    expect(cards).toHaveLength(3);
    expect(cards[1]).toBe(
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Alan Turing\r\nN:Alan Turing;;;;\r\nTEL;TYPE=work:+4921100000000\r\nEND:VCARD\r\n',
    );
    listing();
    expect(await contacts().exportAsSingleVCard('ALL')).toBe(cards.join(''));
  });

  // Bug 22: one fetch/filter step behind all ten functions, so they all send the same request and filter alike.
  const variants: [string, (module: ContactsModule) => Promise<unknown>, (value: unknown) => void][] = [
    [
      'get',
      (m) => m.get('SHARED', { limit: 3, offset: 10 }, { phonenumbers: ['+490123456789'] }),
      (v) => expect(v).toEqual([sharedContact]),
    ],
    [
      'paginatedGet',
      (m) => m.paginatedGet('SHARED', { limit: 3, offset: 10 }, { phonenumbers: ['+490123456789'] }),
      (v) => expect(v).toEqual({ response: [sharedContact], hasMore: true }),
    ],
    [
      'exportAsCsv',
      (m) => m.exportAsCsv('SHARED', ',', { limit: 3, offset: 10 }, { phonenumbers: ['+490123456789'] }),
      (v) => expect(String(v).split('\r\n')).toHaveLength(2),
    ],
    [
      'paginatedExportAsCsv',
      (m) =>
        m.paginatedExportAsCsv('SHARED', ',', { limit: 3, offset: 10 }, { phonenumbers: ['+490123456789'] }),
      (v) => expect(v).toMatchObject({ hasMore: true }),
    ],
    [
      'exportAsJSON',
      (m) => m.exportAsJSON('SHARED', { limit: 3, offset: 10 }, { phonenumbers: ['+490123456789'] }),
      (v) => expect(JSON.parse(String(v)).contacts).toHaveLength(1),
    ],
    [
      'paginatedExportAsJSON',
      (m) => m.paginatedExportAsJSON('SHARED', { limit: 3, offset: 10 }, { phonenumbers: ['+490123456789'] }),
      (v) => expect(v).toMatchObject({ hasMore: true }),
    ],
    [
      'exportAsVCards',
      (m) => m.exportAsVCards('SHARED', { limit: 3, offset: 10 }, { phonenumbers: ['+490123456789'] }),
      (v) => expect(v).toHaveLength(1),
    ],
    [
      'paginatedExportAsVCards',
      (m) =>
        m.paginatedExportAsVCards('SHARED', { limit: 3, offset: 10 }, { phonenumbers: ['+490123456789'] }),
      (v) => expect(v).toMatchObject({ hasMore: true }),
    ],
    [
      'exportAsSingleVCard',
      (m) => m.exportAsSingleVCard('SHARED', { limit: 3, offset: 10 }, { phonenumbers: ['+490123456789'] }),
      (v) => expect(String(v).match(/BEGIN:VCARD/g)).toHaveLength(1),
    ],
    [
      'paginatedExportAsSingleVCard',
      (m) =>
        m.paginatedExportAsSingleVCard(
          'SHARED',
          { limit: 3, offset: 10 },
          { phonenumbers: ['+490123456789'] },
        ),
      (v) => expect(v).toMatchObject({ hasMore: true }),
    ],
  ];

  it.each(variants)(
    '%s sends one GET contacts with limit, offset and phonenumbers',
    async (_, call, check) => {
      const scope = listing(
        { limit: '3', offset: '10', phonenumbers: '+490123456789' },
        { ...contactsPage, totalCount: 14 },
      );
      check(await call(contacts()));
      expect(scope.isDone()).toBe(true);
    },
  );

  it.each(variants)('%s rejects an unknown scope before sending anything', async (name, call) => {
    const module = contacts();
    const wrapped = { ...module } as Record<string, unknown>;
    for (const key of Object.keys(module)) {
      const original = (module as unknown as Record<string, (...args: unknown[]) => unknown>)[key]!;
      wrapped[key] = (...args: unknown[]) =>
        original(args[0] === 'SHARED' ? 'NOPE' : args[0], ...args.slice(1));
    }
    const error = await rejectionOf(call(wrapped as unknown as ContactsModule));
    expect(error, name).toMatchObject({
      name: 'SipgateIOValidationError',
      message: expect.stringContaining('Invalid scope: NOPE'),
    });
  });

  it('a failing listing rejects with the error class core chose', async () => {
    api().get('/v2/contacts').reply(403);
    const error = await rejectionOf(contacts().exportAsCsv('ALL'));
    expect(error).toBeInstanceOf(SipgateIOPermissionError);
    expect(error).toMatchObject({ method: 'GET', status: 403 });
  });
});

describe('types', () => {
  it('one ContactImport type (create), distinct from the parsed vCard shape', () => {
    expectTypeOf<Parameters<ContactsModule['create']>[0]>().toEqualTypeOf<ContactImport>();
    expectTypeOf<ContactVCard>().not.toEqualTypeOf<ContactImport>();
    expectTypeOf<ReturnType<ContactsModule['iterateAll']>>().toEqualTypeOf<AsyncIterable<ContactResponse>>();
  });
});

describe('iterateAll', () => {
  it('reads every page with limit and offset and filters by scope', async () => {
    const items = Array.from({ length: 5 }, (_, index) =>
      makeContact(index, index % 2 ? 'SHARED' : 'PRIVATE'),
    );
    api()
      .get('/v2/contacts')
      .query({ limit: '2', offset: '0', phonenumbers: '+49' })
      .reply(200, { items: items.slice(0, 2), totalCount: 5 });
    api()
      .get('/v2/contacts')
      .query({ limit: '2', offset: '2', phonenumbers: '+49' })
      .reply(200, { items: items.slice(2, 4), totalCount: 5 });
    api()
      .get('/v2/contacts')
      .query({ limit: '2', offset: '4', phonenumbers: '+49' })
      .reply(200, { items: items.slice(4), totalCount: 5 });
    const seen: string[] = [];
    for await (const contact of contacts().iterateAll('SHARED', { phonenumbers: ['+49'] }, { pageSize: 2 })) {
      seen.push(contact.id);
    }
    expect(seen).toEqual(['contact-1', 'contact-3']);
  });

  it('stops with an abort error when the signal fires between pages', async () => {
    api()
      .get('/v2/contacts')
      .query({ limit: '1', offset: '0' })
      .reply(200, { items: [sharedContact], totalCount: 2 });
    const controller = new AbortController();
    const seen: string[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const contact of contacts().iterateAll('ALL', undefined, {
          pageSize: 1,
          signal: controller.signal,
        })) {
          seen.push(contact.id);
          controller.abort();
        }
      })(),
    );
    expect(seen).toEqual([sharedContact.id]);
    expect(error).toBeInstanceOf(SipgateIOAbortError);
  });

  it('rejects an unknown scope at once', () => {
    expect(() => contacts().iterateAll('NOPE' as never)).toThrow(SipgateIOValidationError);
  });

  it('sends nothing until iterated', async () => {
    const page = api()
      .get('/v2/contacts')
      .query({ limit: '1000', offset: '0' })
      .reply(200, { items: [sharedContact], totalCount: 1 });
    const iterable = contacts().iterateAll('ALL');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(page.isDone()).toBe(false);
    const seen: ContactResponse[] = [];
    for await (const contact of iterable) seen.push(contact);
    expect(seen).toEqual([sharedContact]);
  });
});
