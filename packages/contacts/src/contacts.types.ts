import type { Pagination } from '@sipgateio/core';

/** Scope a contact can be created in. */
export type Scope = 'PRIVATE' | 'SHARED';

/** Scope a contact can have: `INTERNAL` contacts are created by sipgate (one per web user). */
export type ContactScope = Scope | 'INTERNAL';

/** Scope to list or export: one of the contact scopes, or `ALL` for every contact. */
export type ExportScope = ContactScope | 'ALL';

/** An e-mail address of a contact, with its types (e.g. `home`, `work`). */
export interface Email {
  email: string;
  type: string[];
}

/** A phone number of a contact, with its types (e.g. `cell`, `work`). */
export interface PhoneNumber {
  number: string;
  type: string[];
}

/** A postal address of a contact (the seven components of a vCard ADR). */
export interface Address {
  poBox: string;
  extendedAddress: string;
  streetAddress: string;
  locality: string;
  region: string;
  postalCode: string;
  country: string;
}

/** A contact to create with {@link ContactsModule.create}. At least one of the names must be non-empty. */
export interface ContactImport {
  firstname: string;
  lastname: string;
  address?: Address;
  phone?: PhoneNumber;
  email?: Email;
  /** Base64 image data. */
  picture?: string;
  organization?: string[][];
}

/** A contact as the API returns it (GET /contacts). */
export interface ContactResponse {
  id: string;
  name: string;
  /**
   * Given and family name. The OpenAPI description of the response leaves them out; when the API sends them,
   * the vCard export uses them for N.
   */
  given?: string;
  family?: string;
  picture: string | null;
  emails: Email[];
  numbers: PhoneNumber[];
  addresses: Address[];
  organization: string[][];
  scope: ContactScope;
}

/** The whole contact sent by {@link ContactsModule.update} (PUT /contacts/{id}). */
export type ContactUpdate = ContactResponse;

/** Body of POST /contacts. */
export interface ContactsDTO {
  name: string;
  family: string;
  given: string;
  picture: string | null;
  emails: Email[];
  numbers: PhoneNumber[];
  addresses: Address[];
  organization: string[][];
  scope: Scope;
}

/** One page of GET /contacts. */
export interface ContactsListResponse {
  items: ContactResponse[];
  totalCount: number;
}

/** Server-side filter of GET /contacts (the API ignores pagination when it is given). */
export interface ContactsExportFilter {
  phonenumbers: string[];
}

/** Body of POST /contacts/import/csv. */
export interface ImportCSVRequestDTO {
  base64Content: string;
}

/** A paginated result: `hasMore` says whether the API holds contacts after this page. */
export interface PagedResponse<T> {
  response: T;
  hasMore: boolean;
}

/** Options of {@link ContactsModule.iterateAll}. */
export interface IterateContactsOptions {
  /** Contacts fetched per request. Default 1000. */
  pageSize?: number;
  /** Where to start. Default 0. */
  offset?: number;
  /** Stops between pages when it fires. */
  signal?: AbortSignal;
}

/** The contacts functions returned by {@link createContactsModule}. */
export interface ContactsModule {
  /**
   * Creates one contact (POST /contacts).
   * @throws {SipgateIOValidationError} `Names not given`, an invalid phone number, e-mail or scope.
   * @throws {SipgateIOHttpError} when the API refuses it.
   */
  create(contact: ContactImport, scope: Scope): Promise<void>;
  /**
   * Replaces a contact (PUT /contacts/{id}) with the whole object given.
   * @throws {SipgateIOValidationError} when `contact.id` is empty.
   * @throws {SipgateIOHttpError} when the API refuses it.
   */
  update(contact: ContactUpdate): Promise<void>;
  /**
   * Deletes one contact (DELETE /contacts/{id}).
   * @throws {SipgateIOValidationError} when `id` is empty.
   * @throws {SipgateIONotFoundError} for an unknown id.
   */
  delete(id: string): Promise<void>;
  /**
   * Deletes the caller's private contacts (DELETE /contacts).
   * @throws {SipgateIOHttpError} when the API refuses it.
   */
  deleteAllPrivate(): Promise<void>;
  /**
   * Deletes every shared contact, on every page, and resolves once all deletions have finished.
   * @throws {ContactsDeletionError} listing the ids that could not be deleted (the others were).
   * @throws {SipgateIOHttpError} when listing the contacts fails (nothing is deleted then).
   */
  deleteAllShared(): Promise<void>;
  /**
   * Imports contacts from CSV text with the columns firstname, lastname and number.
   * @throws {SipgateIOValidationError} `Invalid CSV string`, `Missing header field in CSV: <name>` or
   * `Missing values in CSV`.
   * @throws {SipgateIOHttpError} `Invalid CSV string` for an HTTP 500.
   */
  importFromCsvString(csvContent: string): Promise<void>;
  /**
   * Creates one contact from a vCard 4.0 or 3.0 text.
   * @throws {SipgateIOValidationError} with the original's vCard messages (see `ContactsErrorMessage`).
   * @throws {SipgateIOHttpError} when the API refuses it.
   */
  importVCardString(vcardContent: string, scope: Scope): Promise<void>;
  /**
   * The contacts of one page (GET /contacts) in the given scope.
   * @throws {SipgateIOValidationError} for an unknown scope.
   * @throws {SipgateIOHttpError} when the listing fails (likewise for every export below).
   */
  get(scope: ExportScope, pagination?: Pagination, filter?: ContactsExportFilter): Promise<ContactResponse[]>;
  /** Like `get`, with `hasMore`. */
  paginatedGet(
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
  ): Promise<PagedResponse<ContactResponse[]>>;
  /**
   * One page of contacts as CSV: id, name, emails, numbers, addresses, organizations; all quoted, CRLF.
   * @throws {SipgateIOValidationError} for an unknown scope or a bad delimiter.
   */
  exportAsCsv(
    scope: ExportScope,
    delimiter?: string,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
  ): Promise<string>;
  /** Like `exportAsCsv`, with `hasMore`. */
  paginatedExportAsCsv(
    scope: ExportScope,
    delimiter?: string,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
  ): Promise<PagedResponse<string>>;
  /** One page of contacts as JSON text `{contacts, totalCount}`. */
  exportAsJSON(scope: ExportScope, pagination?: Pagination, filter?: ContactsExportFilter): Promise<string>;
  /** Like `exportAsJSON`, with `hasMore`. */
  paginatedExportAsJSON(
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
  ): Promise<PagedResponse<string>>;
  /** One page of contacts as vCard 4.0 strings, one per contact. */
  exportAsVCards(
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
  ): Promise<string[]>;
  /** Like `exportAsVCards`, with `hasMore`. */
  paginatedExportAsVCards(
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
  ): Promise<PagedResponse<string[]>>;
  /** One page of contacts as one vCard 4.0 text (the cards one after the other). */
  exportAsSingleVCard(
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
  ): Promise<string>;
  /** Like `exportAsSingleVCard`, with `hasMore`. */
  paginatedExportAsSingleVCard(
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
  ): Promise<PagedResponse<string>>;
  /**
   * Every contact of a scope, across all pages, fetched one page at a time as the loop asks for more.
   * @throws {SipgateIOValidationError} at once for an unknown scope; the loop rejects with
   * `SipgateIOHttpError` or `SipgateIOAbortError` when a page fails or `signal` fires.
   */
  iterateAll(
    scope: ExportScope,
    filter?: ContactsExportFilter,
    options?: IterateContactsOptions,
  ): AsyncIterable<ContactResponse>;
}
