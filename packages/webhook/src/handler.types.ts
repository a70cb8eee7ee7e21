import type { TrustProxy } from './client-address.js';
import type {
  AnswerCallback,
  DataCallback,
  EventHandler,
  EventType,
  HangUpCallback,
  NewCallCallback,
} from './webhook.types.js';

/** Where handling a request went wrong, passed to `onError` with the error. */
export interface WebhookErrorContext {
  /**
   * `request`: refused before the handler (method, content type, size, source address, malformed body);
   * `signature`: missing or wrong signature; `handler`: your handler threw or rejected; `timeout`: your
   * handler took longer than `handlerTimeout`; `response`: your handler's result could not be answered.
   */
  stage: 'request' | 'signature' | 'handler' | 'timeout' | 'response';
  /** The HTTP status answered (200 for a timeout, which is answered with an empty `<Response/>`). */
  status: number;
  event?: EventType;
  callId?: string;
  /** The client address as resolved with `trustProxy`, when known. */
  remoteAddress?: string;
}

/** Options shared by `createWebhookHandler` and `createServer`. */
export interface WebhookHandlerOptions {
  /**
   * The public URL sipgate.io posts to. Needed for follow-up events: it becomes `onAnswer`/`onHangup` on
   * responses and `onData` on Gather.
   */
  serverAddress?: string;
  /** Accept unsigned requests. Only for local experiments: anyone could then post events. Default false. */
  skipSignatureVerification?: boolean;
  /** PEM public key the signature is checked with. Default: sipgate's published key. */
  publicKey?: string;
  /**
   * Proxies trusted to set `X-Forwarded-For` (hop count, or their addresses and CIDR ranges). Without it the
   * socket address is the client address and `X-Forwarded-For` is ignored.
   */
  trustProxy?: TrustProxy;
  /**
   * Addresses and CIDR ranges (`10.0.0.0/8`, `2001:db8::/32`); when set, requests from other client
   * addresses get 403 (e.g. `SIPGATE_WEBHOOK_SOURCE_ADDRESSES`). Off by default: the signature is the
   * primary check, and sipgate's address list is not versioned.
   */
  allowedSourceAddresses?: readonly string[];
  /** Largest accepted body in bytes; larger ones get 413. Default 65536. */
  maxBodyBytes?: number;
  /**
   * Milliseconds a handler may take before the request is answered with an empty `<Response/>` (sipgate
   * waits about 10 s). Default 8000.
   */
  handlerTimeout?: number;
  /**
   * Called for everything that goes wrong while handling a request. Default: `console.warn` for refused
   * requests (4xx), `console.error` for failures and timeouts.
   */
  onError?: (error: unknown, context: WebhookErrorContext) => void;
}

/** Extra facts about a request that a Web `Request` does not carry. */
export interface WebhookRequestContext {
  /** The socket peer address (e.g. from Hono's `getConnInfo` or Bun's `server.requestIP`). */
  remoteAddress?: string;
}

/** Handler registration shared by {@link WebhookHandler} and `WebhookServer`. */
export interface WebhookHandlerRegistry {
  /** Registers (replaces) the `newCall` handler. */
  onNewCall(fn: NewCallCallback): void;
  /** @throws {SipgateIOValidationError} when no serverAddress is set. */
  onAnswer(fn: AnswerCallback): void;
  /** @throws {SipgateIOValidationError} when no serverAddress is set. */
  onHangUp(fn: HangUpCallback): void;
  /** @throws {SipgateIOValidationError} when no serverAddress is set. */
  onData(fn: DataCallback): void;
  /** Registers (replaces) the handler of one event type, typed by the event name. */
  on<E extends EventType>(event: E, fn: EventHandler<E>): void;
}

/** A framework-agnostic webhook endpoint. */
export interface WebhookHandler extends WebhookHandlerRegistry {
  /** Handles one webhook request the Web-standard way (Hono, Bun, Deno, workers, Next.js route handlers). */
  fetch(request: Request, context?: WebhookRequestContext): Promise<Response>;
}

/** @internal What adapters hand to the pipeline. */
export interface RawWebhookRequest {
  method: string;
  /** Header value by lower-case name. */
  header(name: string): string | null | undefined;
  remoteAddress?: string;
  /** Reads the whole body; resolves undefined (and stops reading) once it exceeds `maxBytes`. */
  readBody(maxBytes: number): Promise<Uint8Array<ArrayBuffer> | undefined>;
}

/** @internal What the pipeline answers. */
export interface RawWebhookResponse {
  status: number;
  headers: Readonly<Record<string, string>>;
  body: string;
}

/** @internal Key under which a handler exposes its pipeline to the adapters of this package. */
export const HANDLE_REQUEST: unique symbol = Symbol('sipgateio.webhook.handleRequest');

/** @internal Key of a promise that settles once the public key is imported (rejects for a bad key). */
export const KEY_READY: unique symbol = Symbol('sipgateio.webhook.keyReady');

/** @internal */
export interface InternalWebhookHandler extends WebhookHandler {
  [HANDLE_REQUEST](request: RawWebhookRequest): Promise<RawWebhookResponse>;
  [KEY_READY]: Promise<unknown>;
}
