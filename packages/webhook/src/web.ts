// The `@sipgateio/webhook/web` entry: everything except the node:http server and adapter, so bundlers for
// edge runtimes (Cloudflare Workers, Vercel Edge, Deno Deploy) never meet a node: import.
export { type AudioCheckOptions, clearAudioCache, validateAnnouncementAudio } from './audio.js';
export { SIPGATE_WEBHOOK_SOURCE_ADDRESSES, type TrustProxy } from './client-address.js';
export { SipgateIOWebhookError, WebhookErrorMessage } from './errors.js';
export {
  createWebhookHandler,
  type WebhookErrorContext,
  type WebhookHandler,
  type WebhookHandlerOptions,
  type WebhookHandlerRegistry,
  type WebhookRequestContext,
} from './handler.js';
export { parseWebhookBody } from './parse-event.js';
export { SIPGATE_WEBHOOK_PUBLIC_KEY } from './sipgate-public-key.js';
export type { AudioMetadata } from './wav-header.js';
export {
  type AnswerCallback,
  type AnswerEvent,
  type CallEvent,
  type DataCallback,
  type DataEvent,
  type EventHandler,
  type EventMap,
  EventType,
  type GatherObject,
  type GatherOptions,
  type GenericEvent,
  type HandlerCallback,
  type HandlerResult,
  type HangUpCallback,
  HangUpCause,
  type HangUpEvent,
  type HangUpObject,
  type NewCallCallback,
  type NewCallEvent,
  type PlayObject,
  type PlayOptions,
  type RedirectObject,
  type RedirectOptions,
  type RejectObject,
  type RejectOptions,
  RejectReason,
  type ResponseObject,
  type VoicemailObject,
  WebhookDirection,
} from './webhook.types.js';
export {
  type ScheduledActionOptions,
  WebhookResponse,
  type WebhookResponseInterface,
} from './webhook-response.js';
