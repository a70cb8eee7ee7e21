import { randomUUID } from 'node:crypto';
import { ApiError } from '../api-error.js';
import { parseCsv } from '../csv.js';
import type { Route, RouteRequest } from '../router.js';
import type { SandboxContact } from '../state.types.js';
import { BodyChecker, integerParam, many } from '../validate.js';

const SCOPES = ['PRIVATE', 'SHARED'] as const;

function digits(value: string): string {
  return value.replace(/\D/g, '');
}

function typedList<K extends 'email' | 'number'>(
  checker: BodyChecker,
  key: string,
  valueKey: K,
): ({ type: string[] } & Record<K, string>)[] {
  const list = checker.array(key) ?? [];
  return list.flatMap((item, index) => {
    const entry = item as Record<string, unknown> | null;
    const value = entry?.[valueKey];
    const type = entry?.type ?? [];
    if (typeof value !== 'string' || !Array.isArray(type) || type.some((t) => typeof t !== 'string')) {
      checker.add(`${key}/${index}`, `${key} entries need a string ${valueKey} and a string array type`);
      return [];
    }
    return [{ [valueKey]: value, type } as { type: string[] } & Record<K, string>];
  });
}

/** Validates a create/update body and returns the contact it describes. */
function readContact(body: unknown, id: string): SandboxContact {
  const checker = new BodyChecker(body);
  const name = checker.string('name');
  const family = checker.string('family');
  const given = checker.string('given');
  const picture = checker.string('picture');
  const scope = checker.string('scope', { required: true, oneOf: SCOPES });
  const emails = typedList(checker, 'emails', 'email');
  const numbers = typedList(checker, 'numbers', 'number');
  const addresses = (checker.array('addresses') ?? []) as Record<string, string>[];
  const organization = (checker.array('organization') ?? []) as string[][];
  if (organization.some((unit) => !Array.isArray(unit) || unit.some((part) => typeof part !== 'string'))) {
    checker.add('organization', 'organization must be an array of string arrays');
  }
  const fullName = name ?? [given, family].filter(Boolean).join(' ');
  if (fullName.trim() === '') checker.add('name', 'name (or given/family) is required');
  checker.done();
  return {
    id,
    name: fullName,
    ...(family === undefined ? {} : { family }),
    ...(given === undefined ? {} : { given }),
    picture: picture ?? null,
    emails,
    numbers,
    addresses,
    organization,
    scope: scope as SandboxContact['scope'],
  };
}

function findContact(request: RouteRequest): number {
  const index = request.context.state.contacts.findIndex(
    (contact) => contact.id === request.params.contactId,
  );
  if (index < 0) throw new ApiError(404, `Contact ${request.params.contactId} was not found`, '/contactId');
  return index;
}

function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The original SDK sent Latin-1; accept it too.
    return bytes.toString('latin1');
  }
}

function importCsv(request: RouteRequest): SandboxContact[] {
  const checker = new BodyChecker(request.body);
  const content = checker.string('base64Content', { required: true, nonBlank: true });
  if (content && !/^[A-Za-z0-9+/\s]*={0,2}$/.test(content)) {
    checker.add('base64Content', 'base64Content must be base64 encoded');
  }
  checker.done();
  let rows: string[][];
  try {
    rows = parseCsv(decodeText(Buffer.from(content as string, 'base64')).replace(/^\uFEFF/, ''));
  } catch {
    rows = [];
  }
  const header = (rows[0] ?? []).map((name) => name.trim().toLowerCase());
  const columns = ['firstname', 'lastname', 'number'].map((name) => header.indexOf(name));
  // The live API answers an unusable CSV with 500 (the original SDK maps that to "Invalid CSV string").
  if (columns.some((column) => column < 0)) {
    throw new ApiError(500, 'The CSV needs the header firstname,lastname,number');
  }
  return rows.slice(1).map((row, index) => {
    if (row.length !== header.length)
      throw new ApiError(500, `CSV row ${index + 2} has ${row.length} fields`);
    const [first, last, number] = columns.map((column) => (row[column] ?? '').trim());
    return {
      id: randomUUID(),
      name: [first, last].filter(Boolean).join(' '),
      given: first as string,
      family: last as string,
      picture: null,
      emails: [],
      numbers: number ? [{ number, type: ['other'] }] : [],
      addresses: [],
      organization: [],
      scope: 'PRIVATE',
    };
  });
}

/** Contacts: list with paging and number filter, create, update, delete, delete all private, CSV import. */
export const contactRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/contacts',
    handle: ({ context, query }) => {
      const offset = integerParam(query, 'offset', { fallback: 0 });
      const limit = integerParam(query, 'limit', { fallback: 5000 });
      const wanted = many(query, 'phonenumbers').map(digits).filter(Boolean);
      const matching = context.state.contacts.filter(
        (contact) =>
          wanted.length === 0 || contact.numbers.some((number) => wanted.includes(digits(number.number))),
      );
      return {
        status: 200,
        body: { items: matching.slice(offset, offset + limit), totalCount: matching.length },
      };
    },
  },
  {
    method: 'POST',
    pattern: '/contacts/import/csv',
    jsonBody: true,
    handle: (request) => {
      request.context.state.contacts.push(...importCsv(request));
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    pattern: '/contacts',
    jsonBody: true,
    handle: ({ body, context }) => {
      context.state.contacts.push(readContact(body, randomUUID()));
      return { status: 204 };
    },
  },
  {
    method: 'DELETE',
    pattern: '/contacts',
    handle: ({ context }) => {
      context.state.contacts = context.state.contacts.filter((contact) => contact.scope !== 'PRIVATE');
      return { status: 204 };
    },
  },
  {
    method: 'PUT',
    pattern: '/contacts/:contactId',
    jsonBody: true,
    handle: (request) => {
      const index = findContact(request);
      request.context.state.contacts[index] = readContact(request.body, request.params.contactId as string);
      return { status: 204 };
    },
  },
  {
    method: 'DELETE',
    pattern: '/contacts/:contactId',
    handle: (request) => {
      request.context.state.contacts.splice(findContact(request), 1);
      return { status: 204 };
    },
  },
];
