export { abortableSleep } from './abortable-sleep.js';
export { adaptClient, isOwnClient } from './adapt-client.js';
export { rememberAuthenticatedWebuserId } from './authenticated-webuser-id.js';
export {
  type Base64DecodeOptions,
  type Base64StreamOptions,
  base64Length,
  base64Stream,
  base64StreamLength,
  base64ToBytes,
  bytesToBase64,
  utf8ToBase64,
} from './base64.js';
export { type BatchOutcome, listIds, SipgateIOBatchError } from './batch-error.js';
export { sipgateIO } from './client.js';
export type {
  ClientHooks,
  DownloadOptions,
  ErrorMessages,
  RequestEvent,
  RequestOptions,
  ResponseEvent,
  SipgateIOClient,
  SipgateIOClientOptions,
  SipgateIODownload,
  SipgateIOMethods,
  SipgateIORestClient,
  Webuser,
} from './client.types.js';
export { COUNTRY_CALLING_CODES } from './country-calling-codes.js';
export type {
  AuthCredentials,
  BasicAuthCredentials,
  OAuthCredentials,
  PersonalAccessTokenCredentials,
  TokenProvider,
} from './credentials.js';
export {
  isSipgateIOError,
  type RequestDescription,
  SipgateIOAbortError,
  SipgateIOAuthenticationError,
  SipgateIOError,
  SipgateIOHttpError,
  SipgateIONetworkError,
  SipgateIONotFoundError,
  SipgateIOOutcomeUnknownError,
  SipgateIOPermissionError,
  SipgateIORateLimitError,
  SipgateIOTimeoutError,
  SipgateIOValidationError,
} from './errors.js';
export { type Page, type PaginateOptions, type Pagination, paginate } from './pagination.js';
export {
  type CheckedPhoneline,
  checkPhoneline,
  type PhonelineReference,
  phonelinePaths,
} from './phoneline-reference.js';
export { describeRuntime, SDK_VERSION } from './platform.js';
export { type QueryParams, type QueryValue, serializeQuery } from './query.js';
export { createRequestRoute } from './request-route.js';
export type {
  RequestRoute,
  Route,
  RouteArguments,
  RouteParams,
  RouteRequestOptions,
  RouteResponse,
} from './request-route.types.js';
export { reviveDates } from './revive-dates.js';
export { runExclusive } from './run-exclusive.js';
export { settleBounded } from './settle-bounded.js';
export { TRANSCRIPTION_UNAVAILABLE_MESSAGES } from './transcription-messages.js';
export { validateBoolean } from './validate-boolean.js';
export { validateChoice } from './validate-choice.js';
export {
  validateEmail,
  validateOAuthToken,
  validatePassword,
  validatePersonalAccessToken,
  validateTokenId,
} from './validate-credentials.js';
export { EXTENSION_TYPES, isExtension, validateExtension } from './validate-extension.js';
export { type ValidateHttpUrlOptions, validateHttpUrl } from './validate-http-url.js';
export { type ValidateIdOptions, validateId } from './validate-id.js';
export { type IntegerRange, validateInteger } from './validate-integer.js';
export {
  type PageSizeRules,
  type PaginationRules,
  validatePageSize,
  validatePagination,
} from './validate-pagination.js';
export {
  invalidPhoneNumberMessage,
  isPhoneNumber,
  normalizePhoneNumber,
  validatePhoneNumber,
} from './validate-phone-number.js';
export { validateWebhookUrl } from './validate-webhook-url.js';
