// The `sipgateio/dist/contacts` entry point: the names sipgateio 2.x exported from its dist/contacts folder, so that
// deep imports written for it (`import { … } from 'sipgateio/dist/contacts'`) keep working.
export {
  type Address,
  type ContactImport,
  type ContactResponse,
  type ContactsDTO,
  type ContactsExportFilter,
  type ContactsListResponse,
  type ContactsModule,
  type ContactUpdate,
  createContactsModule,
  type Email,
  type ImportCSVRequestDTO,
  type PhoneNumber,
  type Scope,
} from '@sipgateio/contacts';
