// The `browser` entry of the meta-package: the same names as index.ts, for bundlers that pick the `browser`
// export condition. Everything except the webhook server is Web-standard and is re-exported as is; the
// server needs node:http, so createWebhookModule is a stub that says where to go instead. Keep the lists in
// step with index.ts (packages/browser-tests checks that both entries export the same names).
import { SipgateIOError } from '@sipgateio/core';

export {
  type CallData,
  type CallModule,
  createCallModule,
  type InitiateNewCallSessionResponse,
} from '@sipgateio/call';
export {
  type Address,
  type ContactDeletionFailure,
  type ContactImport,
  type ContactResponse,
  type ContactScope,
  ContactsDeletionError,
  ContactsErrorMessage,
  type ContactsExportFilter,
  type ContactsModule,
  type ContactUpdate,
  type ContactVCard,
  createContactsModule,
  type Email,
  type ExportScope,
  formatVCard,
  type IterateContactsOptions,
  type PagedResponse,
  type PhoneNumber,
  parseVCard,
  parseVCards,
  type Scope,
  type VCardAddress,
  type VCardContact,
} from '@sipgateio/contacts';
export {
  type AuthCredentials,
  type BasicAuthCredentials,
  type ClientHooks,
  type ErrorMessages,
  isSipgateIOError,
  type OAuthCredentials,
  type Page,
  type Pagination,
  type PersonalAccessTokenCredentials,
  type RequestEvent,
  type RequestOptions,
  type ResponseEvent,
  SipgateIOAbortError,
  SipgateIOAuthenticationError,
  type SipgateIOClient,
  type SipgateIOClientOptions,
  SipgateIOError,
  SipgateIOHttpError,
  SipgateIONetworkError,
  SipgateIONotFoundError,
  SipgateIOOutcomeUnknownError,
  SipgateIOPermissionError,
  SipgateIORateLimitError,
  SipgateIOTimeoutError,
  SipgateIOValidationError,
  sipgateIO,
  type TokenProvider,
  type Webuser,
} from '@sipgateio/core';
export { createDevicesModule, type Device, type DevicesModule, DeviceType } from '@sipgateio/devices';
export {
  createFaxModule,
  type Fax,
  type FaxFileContent,
  type Faxline,
  type FaxModule,
  FaxStatus,
  FaxStatusTimeoutError,
  MAX_BASE64_LENGTH,
  type SendFaxOptions,
  type SendFaxSessionResponse,
  type WaitForFaxStatusOptions,
} from '@sipgateio/fax';
export {
  type BaseHistoryEntry,
  type BaseHistoryFilter,
  type CallHistoryEntry,
  CallStatusType,
  createHistoryModule,
  type Endpoint,
  type FaxHistoryEntry,
  FaxStatusType,
  HistoryBatchDeleteError,
  HistoryBatchError,
  HistoryBatchUpdateError,
  HistoryDirection,
  type HistoryEntry,
  HistoryEntryType,
  type HistoryEntryUpdateOptions,
  type HistoryFilter,
  type HistoryModule,
  type IterateHistoryOptions,
  type Recording,
  type RoutedEndpoint,
  type SmsHistoryEntry,
  Starred,
  type VoicemailHistoryEntry,
} from '@sipgateio/history';
export {
  createNumbersModule,
  type IterateNumbersOptions,
  type NumberResponse,
  type NumberResponseItem,
  NumberResponseItemType,
  type NumbersModule,
} from '@sipgateio/numbers';
export {
  type CallLike,
  type CallLike as GenericCall,
  createRTCMModule,
  type Participant,
  type RecordOptions,
  type RTCMCall,
  type RTCMModule,
  type TransferOptions,
} from '@sipgateio/rtcm';
export {
  createSMSModule,
  type ShortMessage,
  type SMSModule,
  type SmsCallerId,
  type SmsExtension,
  SmsSenderRestoreError,
} from '@sipgateio/sms';
export { createVoicemailsModule, type Voicemail, type VoicemailsModule } from '@sipgateio/voicemails';
export {
  createSettingsModule,
  type WebhookSettings,
  type WebhookSettingsModule,
} from '@sipgateio/webhook-settings';

const WEBHOOK_SERVER_NEEDS_NODE =
  'The webhook server needs Node.js; in browsers and edge runtimes use createWebhookHandler from @sipgateio/webhook/web';

/**
 * Stands in for the Node-only webhook server in browser bundles, so importing it still builds.
 * @throws {SipgateIOError} always: use `createWebhookHandler` from `@sipgateio/webhook/web` there.
 * @example
 * import { createWebhookHandler } from '@sipgateio/webhook/web';
 * const webhook = createWebhookHandler({ serverAddress: 'https://example.com/webhook' });
 * export default { fetch: (request: Request) => webhook.fetch(request) };
 */
export function createWebhookModule(): never {
  throw new SipgateIOError(WEBHOOK_SERVER_NEEDS_NODE);
}
