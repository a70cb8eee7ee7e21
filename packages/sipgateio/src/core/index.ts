// The `sipgateio/dist/core` entry point: the names sipgateio 2.x exported from its dist/core folder, so that
// deep imports written for it (`import { … } from 'sipgateio/dist/core'`) keep working.
export type { PagedResponse } from '@sipgateio/contacts';
export {
  type AuthCredentials,
  type BasicAuthCredentials,
  type OAuthCredentials,
  type Pagination,
  type PersonalAccessTokenCredentials,
  type SipgateIOClient,
  sipgateIO,
  type Webuser,
} from '@sipgateio/core';
