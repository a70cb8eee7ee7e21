import {
  adaptClient,
  type Pagination,
  paginate,
  type SipgateIOClient,
  SipgateIONotFoundError,
  settleBounded,
  utf8ToBase64,
  validateId,
} from '@sipgateio/core';
import type {
  ContactResponse,
  ContactsDTO,
  ContactsExportFilter,
  ContactsListResponse,
  ContactsModule,
  ContactUpdate,
  ExportScope,
  ImportCSVRequestDTO,
  IterateContactsOptions,
  PagedResponse,
} from './contacts.types.js';
import { loadCsvLibrary } from './csv.js';
import { ContactsDeletionError } from './errors.js';
import { formatContactsCsv, validateCsvDelimiter } from './format-csv.js';
import { ContactsErrorMessage } from './messages.js';

// What the original said for a status (its import answered 500 for a CSV the API could not read).
const ORIGINAL_ERROR_MESSAGES = { 500: ContactsErrorMessage.CONTACTS_INVALID_CSV } as const;

import { projectCsvString } from './project-csv.js';
import { validateContactImport } from './validate-contact-import.js';
import { validateScope } from './validate-scope.js';
import { formatVCard, parseVCard } from './vcard.js';

/** The API's page size when a request names none; `hasMore` is computed against it, as in the original. */
const API_DEFAULT_LIMIT = 5000;
const ITERATION_PAGE_SIZE = 1000;
const DELETE_CONCURRENCY = 4;

interface FetchedContacts {
  contacts: ContactResponse[];
  totalCount: number;
  hasMore: boolean;
}

/**
 * Creates the contacts module: create, update, delete, import (CSV, vCard), list and export (CSV, JSON,
 * vCard) sipgate contacts.
 *
 * @example
 * ```ts
 * import { sipgateIO } from '@sipgateio/core';
 * import { createContactsModule } from '@sipgateio/contacts';
 *
 * const contacts = createContactsModule(sipgateIO({ tokenId: 'token-ABC123', token: '…' }));
 * await contacts.create({ firstname: 'Ada', lastname: 'Lovelace', phone: { number: '+4921163553355', type: ['work'] } }, 'PRIVATE');
 * for await (const contact of contacts.iterateAll('SHARED')) console.log(contact.name);
 * ```
 * @throws Never itself; its functions reject with `SipgateIOValidationError` before any request and with
 * core's HTTP error classes after one (see {@link ContactsModule}).
 */
export function createContactsModule(sipgateClient: SipgateIOClient): ContactsModule {
  const client = adaptClient(sipgateClient, ORIGINAL_ERROR_MESSAGES);
  // The one fetch/filter step behind get and every export (the original repeated it eight times). The scope
  // filter runs client-side after the server's pagination, so a page can hold fewer contacts than `limit`
  // while `hasMore` is true; iterateAll is the way to read everything.
  async function fetchContacts(
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
  ): Promise<FetchedContacts> {
    validateScope(scope);
    const response = await client.get<ContactsListResponse>('contacts', {
      params: { ...pagination, ...filter },
    });
    return {
      contacts: response.items.filter((contact) => inScope(contact, scope)),
      totalCount: response.totalCount,
      hasMore: response.totalCount > (pagination?.limit ?? API_DEFAULT_LIMIT) + (pagination?.offset ?? 0),
    };
  }

  function iterateAll(
    scope: ExportScope,
    filter?: ContactsExportFilter,
    options: IterateContactsOptions = {},
  ): AsyncIterable<ContactResponse> {
    validateScope(scope);
    const { pageSize = ITERATION_PAGE_SIZE, offset = 0, signal } = options;
    const pages = paginate<ContactResponse>(
      async ({ limit, offset }) => {
        const response = await client.get<ContactsListResponse>('contacts', {
          params: { limit, offset, ...filter },
          signal,
        });
        return { items: response.items, totalCount: response.totalCount };
      },
      { pageSize, offset, signal },
    );
    return {
      async *[Symbol.asyncIterator]() {
        for await (const contact of pages) {
          if (inScope(contact, scope)) yield contact;
        }
      },
    };
  }

  async function paged<T>(
    scope: ExportScope,
    pagination: Pagination | undefined,
    filter: ContactsExportFilter | undefined,
    format: (fetched: FetchedContacts) => T,
  ): Promise<PagedResponse<T>> {
    const fetched = await fetchContacts(scope, pagination, filter);
    return { response: format(fetched), hasMore: fetched.hasMore };
  }

  async function exportCsv(
    scope: ExportScope,
    delimiter: string,
    pagination: Pagination | undefined,
    filter: ContactsExportFilter | undefined,
  ): Promise<PagedResponse<string>> {
    validateCsvDelimiter(delimiter);
    // The request goes out at once, as with every other export (a mock client may check the call right after
    // `exportAsCsv()` returns); the CSV library loads meanwhile.
    const [fetched] = await Promise.all([fetchContacts(scope, pagination, filter), loadCsvLibrary()]);
    return { response: formatContactsCsv(fetched.contacts, delimiter), hasMore: fetched.hasMore };
  }

  const toJSON = ({ contacts, totalCount }: FetchedContacts): string =>
    JSON.stringify({
      contacts: contacts.map((contact) => ({
        id: contact.id,
        name: contact.name,
        emails: (contact.emails ?? []).map(({ email }) => email),
        numbers: (contact.numbers ?? []).map(({ number }) => number),
        addresses: contact.addresses,
        organizations: contact.organization,
        scope: contact.scope,
      })),
      totalCount,
    });
  const toVCards = ({ contacts }: FetchedContacts): string[] => contacts.map(formatVCard);
  // Every card ends in CRLF, so a vCard file is the cards one after the other.
  const toSingleVCard = (fetched: FetchedContacts): string => toVCards(fetched).join('');

  return {
    async create(contact, scope) {
      const body = validateContactImport(contact, scope);
      await client.post('/contacts', body);
    },

    async update(contact: ContactUpdate) {
      const id = validateContactId(contact?.id, 'contact.id');
      await client.put(`/contacts/${encodeURIComponent(id)}`, contact);
    },

    async delete(id) {
      await client.delete(`/contacts/${encodeURIComponent(validateContactId(id, 'id'))}`);
    },

    async deleteAllPrivate() {
      await client.delete('/contacts');
    },

    async deleteAllShared() {
      // Ids first, deletions after: deleting while paging would shift the offsets and skip contacts.
      const ids: string[] = [];
      for await (const contact of iterateAll('SHARED')) ids.push(contact.id);
      const results = await settleBounded(ids, DELETE_CONCURRENCY, async (id) => {
        try {
          await client.delete(`/contacts/${encodeURIComponent(id)}`);
        } catch (error) {
          // Gone already (deleted by someone else meanwhile): that is the outcome asked for.
          if (!(error instanceof SipgateIONotFoundError)) throw error;
        }
      });
      const failures = results.flatMap((result, index) =>
        result.status === 'rejected' ? [{ id: ids[index]!, error: result.reason }] : [],
      );
      if (failures.length > 0) {
        const failed = new Set(failures.map(({ id }) => id));
        throw new ContactsDeletionError(
          failures,
          ids.filter((id) => !failed.has(id)),
        );
      }
    },

    async importFromCsvString(csvContent) {
      const body: ImportCSVRequestDTO = { base64Content: utf8ToBase64(await projectCsvString(csvContent)) };
      // The API answers an unreadable CSV with 500; only here does that status mean "Invalid CSV string".
      await client.post('/contacts/import/csv', body, {
        errorMessages: { 500: ContactsErrorMessage.CONTACTS_INVALID_CSV },
      });
    },

    async importVCardString(vcardContent, scope) {
      const card = parseVCard(vcardContent);
      validateScope(scope, ['PRIVATE', 'SHARED']);
      const body: ContactsDTO = {
        name: card.name,
        family: card.lastname,
        given: card.firstname,
        organization: card.organization,
        picture: null,
        scope,
        addresses: card.address ? [card.address] : [],
        emails: card.email === undefined ? [] : [{ email: card.email, type: card.emailType ?? [] }],
        numbers: [{ number: card.phoneNumber, type: card.phoneNumberType }],
      };
      await client.post('/contacts', body);
    },

    async get(scope, pagination, filter) {
      return (await fetchContacts(scope, pagination, filter)).contacts;
    },
    paginatedGet: (scope, pagination, filter) => paged(scope, pagination, filter, ({ contacts }) => contacts),

    async exportAsCsv(scope, delimiter = ',', pagination, filter) {
      return (await exportCsv(scope, delimiter, pagination, filter)).response;
    },
    paginatedExportAsCsv: (scope, delimiter = ',', pagination, filter) =>
      exportCsv(scope, delimiter, pagination, filter),

    async exportAsJSON(scope, pagination, filter) {
      return (await paged(scope, pagination, filter, toJSON)).response;
    },
    paginatedExportAsJSON: (scope, pagination, filter) => paged(scope, pagination, filter, toJSON),

    async exportAsVCards(scope, pagination, filter) {
      return (await paged(scope, pagination, filter, toVCards)).response;
    },
    paginatedExportAsVCards: (scope, pagination, filter) => paged(scope, pagination, filter, toVCards),

    async exportAsSingleVCard(scope, pagination, filter) {
      return (await paged(scope, pagination, filter, toSingleVCard)).response;
    },
    paginatedExportAsSingleVCard: (scope, pagination, filter) =>
      paged(scope, pagination, filter, toSingleVCard),

    iterateAll,
  };
}

function inScope(contact: ContactResponse, scope: ExportScope): boolean {
  return scope === 'ALL' || contact.scope === scope;
}

function validateContactId(id: unknown, field: string): string {
  return validateId(id, field, {
    message: (value) => `Invalid contact id: ${value === '' ? '<empty>' : String(value)}`,
  });
}
