// Web APIs only (no node: imports): this module runs on Node, Bun, Deno and edge runtimes.
import { SipgateIOValidationError, validateWebhookUrl } from '@sipgateio/core';
import { createAddressMatcher } from './address-matcher.js';
import { resolveTrustProxy } from './client-address.js';
import { WebhookErrorMessage } from './errors.js';
import { handleWebhookRequest, type RequestPipeline, XML_HEADERS } from './handle-request.js';
import {
  HANDLE_REQUEST,
  type InternalWebhookHandler,
  KEY_READY,
  type RawWebhookRequest,
  type WebhookErrorContext,
  type WebhookHandler,
  type WebhookHandlerOptions,
  type WebhookRequestContext,
} from './handler.types.js';
import { isEventType } from './parse-event.js';
import { readWebBody } from './read-web-body.js';
import { buildResponseDocument } from './response-document.js';
import { importPublicKey, parsePublicKeyPem } from './signature.js';
import { SIPGATE_WEBHOOK_PUBLIC_KEY } from './sipgate-public-key.js';
import type { CallEvent, EventType } from './webhook.types.js';
import { assertXmlText } from './xml.js';

export {
  HANDLE_REQUEST,
  type InternalWebhookHandler,
  KEY_READY,
  type RawWebhookRequest,
  type RawWebhookResponse,
  type WebhookErrorContext,
  type WebhookHandler,
  type WebhookHandlerOptions,
  type WebhookHandlerRegistry,
  type WebhookRequestContext,
} from './handler.types.js';

const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
const DEFAULT_HANDLER_TIMEOUT = 8000;

function defaultOnError(error: unknown, context: WebhookErrorContext): void {
  // Refused requests (4xx) are the internet knocking: a warning. Our own failures and timeouts: an error.
  const log = context.status >= 400 && context.status < 500 ? console.warn : console.error;
  log(`[@sipgateio/webhook] ${context.stage} (answered ${context.status}):`, error);
}

function validateOptions(options: WebhookHandlerOptions): void {
  if (options.serverAddress) {
    validateWebhookUrl(options.serverAddress, 'serverAddress');
    // It goes into XML attributes (onAnswer, onHangup, onData): refuse what XML cannot carry up front.
    assertXmlText(options.serverAddress, 'serverAddress');
  }
  if (options.publicKey !== undefined) parsePublicKeyPem(options.publicKey);
  for (const [field, value] of [
    ['maxBodyBytes', options.maxBodyBytes],
    ['handlerTimeout', options.handlerTimeout],
  ] as const) {
    if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
      throw new SipgateIOValidationError(`Invalid ${field}: expected a positive whole number.`, field);
    }
  }
}

/**
 * Creates a webhook endpoint that checks, parses and routes sipgate.io events and answers with XML. It uses
 * only Web APIs (WebCrypto for the signature), so it runs on Node, Bun, Deno and edge runtimes.
 * @throws {SipgateIOValidationError} for invalid options (serverAddress, publicKey, trustProxy, …).
 * @example
 * const webhook = createWebhookHandler({ serverAddress: 'https://example.com/webhook' });
 * webhook.onNewCall(() => WebhookResponse.rejectCall({ reason: RejectReason.BUSY }));
 * export default { fetch: (request: Request) => webhook.fetch(request) };
 */
export function createWebhookHandler(options: WebhookHandlerOptions = {}): WebhookHandler {
  validateOptions(options);
  const serverAddress = options.serverAddress || undefined;
  const onError = options.onError ?? defaultOnError;
  const publicKey = options.skipSignatureVerification
    ? undefined
    : importPublicKey(options.publicKey ?? SIPGATE_WEBHOOK_PUBLIC_KEY);
  // A key that fails to import is reported per request; keep it from being an unhandled rejection now.
  publicKey?.catch(() => undefined);
  // A Map: event names from the wire never reach Object.prototype (`constructor`, `toString`…).
  const handlers = new Map<EventType, (event: CallEvent) => unknown>();
  const pipeline: RequestPipeline = {
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    handlerTimeout: options.handlerTimeout ?? DEFAULT_HANDLER_TIMEOUT,
    publicKey,
    trustedProxies: resolveTrustProxy(options.trustProxy),
    isAllowedSource: options.allowedSourceAddresses
      ? createAddressMatcher(options.allowedSourceAddresses, 'allowedSourceAddresses')
      : undefined,
    handlers,
    // Follow-up subscriptions and the empty answer change only when handlers are registered: computed then,
    // not per request.
    routes: {
      addresses: {},
      emptyResponse: { status: 200, headers: XML_HEADERS, body: buildResponseDocument(undefined, {}) },
    },
    report(error, context) {
      try {
        onError(error, context);
      } catch {
        // A failing error reporter must not take the request (or the process) down with it.
      }
    },
  };

  function register(event: EventType, fn: unknown): void {
    if (!isEventType(event)) {
      throw new SipgateIOValidationError(`Unknown webhook event: ${String(event)}`, 'event');
    }
    if (typeof fn !== 'function') {
      throw new SipgateIOValidationError('A webhook handler must be a function.', 'handler');
    }
    if (event !== 'newCall' && !serverAddress) {
      throw new SipgateIOValidationError(
        WebhookErrorMessage.SERVERADDRESS_MISSING_FOR_FOLLOWUPS,
        'serverAddress',
      );
    }
    handlers.set(event, fn as (event: CallEvent) => unknown);
    const addresses = {
      onAnswer: handlers.has('answer') ? serverAddress : undefined,
      onHangup: handlers.has('hangup') ? serverAddress : undefined,
      onData: handlers.has('dtmf') ? serverAddress : undefined,
    };
    pipeline.routes.addresses = addresses;
    pipeline.routes.emptyResponse = {
      status: 200,
      headers: XML_HEADERS,
      body: buildResponseDocument(undefined, addresses),
    };
  }

  const handleRequestSafely = (request: RawWebhookRequest) => handleWebhookRequest(pipeline, request);

  const handler: InternalWebhookHandler = {
    onNewCall: (fn) => register('newCall', fn),
    onAnswer: (fn) => register('answer', fn),
    onHangUp: (fn) => register('hangup', fn),
    onData: (fn) => register('dtmf', fn),
    on: (event, fn) => register(event, fn),
    async fetch(request: Request, context: WebhookRequestContext = {}): Promise<Response> {
      const response = await handleRequestSafely({
        method: request.method,
        header: (name) => request.headers.get(name),
        remoteAddress: context.remoteAddress,
        readBody: (maxBytes) => readWebBody(request, maxBytes),
      });
      return new Response(response.body, { status: response.status, headers: response.headers });
    },
    [HANDLE_REQUEST]: handleRequestSafely,
    [KEY_READY]: publicKey ?? Promise.resolve(),
  };
  return handler;
}
