export { createContactsModule } from './contacts.js';
export type {
  Address,
  ContactImport,
  ContactResponse,
  ContactScope,
  ContactsDTO,
  ContactsExportFilter,
  ContactsListResponse,
  ContactsModule,
  ContactUpdate,
  Email,
  ExportScope,
  ImportCSVRequestDTO,
  IterateContactsOptions,
  PagedResponse,
  PhoneNumber,
  Scope,
} from './contacts.types.js';
export { type ContactDeletionFailure, ContactsDeletionError } from './errors.js';
export { ContactsErrorMessage } from './messages.js';
export {
  type ContactVCard,
  formatVCard,
  parseVCard,
  parseVCards,
  type VCardAddress,
  type VCardContact,
} from './vcard.js';
