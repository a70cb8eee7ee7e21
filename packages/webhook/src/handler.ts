// Web APIs only (no node: imports): this module runs on Node, Bun, Deno and edge runtimes.
import { SipgateIOValidationError, validateWebhookUrl } from '@sipgateio/core';
import { createAddressMatcher } from './address-matcher.js';
import { resolveClientAddress, resolveTrustProxy } from './client-address.js';
import { SipgateIOWebhookError, WebhookErrorMessage } from './errors.js';
import {
  HANDLE_REQUEST,
  type InternalWebhookHandler,
  KEY_READY,
  type RawWebhookRequest,
  type RawWebhookResponse,
  type WebhookErrorContext,
  type WebhookHandler,
  type WebhookHandlerOptions,
  type WebhookRequestContext,
} from './handler.types.js';
import { isEventType, parseWebhookBody } from './parse-event.js';
import { readWebBody } from './read-web-body.js';
import { buildResponseDocument, type FollowUpAddresses } from './response-document.js';
import { importPublicKey, parsePublicKeyPem, verifySignature } from './signature.js';
import { SIPGATE_WEBHOOK_PUBLIC_KEY } from './sipgate-public-key.js';
import type { CallEvent, EventType, ResponseObject } from './webhook.types.js';
import { assertXmlText, escapeAttribute, XML_DECLARATION } from './xml.js';

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
// Exactly application/xml: sipgate's log flags other types ("Response does not have content type application/xml").
const XML_HEADERS: Readonly<Record<string, string>> = Object.freeze({ 'content-type': 'application/xml' });
// fatal: invalid UTF-8 is a malformed request, not text to guess at. One decoder: decode() keeps no state.
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const TIMED_OUT = Symbol('timed out');
const FORM_TYPE = /^application\/x-www-form-urlencoded\s*(?:;|$)/i;
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)/i;

const REJECTIONS = {
  400: 'Malformed webhook request.',
  403: WebhookErrorMessage.SIPGATE_SIGNATURE_VERIFICATION_FAILED,
  405: 'Only POST requests are webhooks.',
  413: 'Request body too large.',
  415: 'Unsupported content type: expected application/x-www-form-urlencoded.',
  500: 'The webhook handler failed.',
} as const;

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

function errorDocument(message: string): string {
  return `${XML_DECLARATION}\n<Error message="${escapeAttribute(message)}"/>`;
}

function isFormContentType(contentType: string | null | undefined): boolean {
  if (!contentType || !FORM_TYPE.test(contentType)) return false;
  const charset = CHARSET.exec(contentType)?.[1]?.toLowerCase();
  return charset === undefined || charset === 'utf-8' || charset === 'utf8';
}

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
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const handlerTimeout = options.handlerTimeout ?? DEFAULT_HANDLER_TIMEOUT;
  const onError = options.onError ?? defaultOnError;
  const trustedProxies = resolveTrustProxy(options.trustProxy);
  const isAllowedSource = options.allowedSourceAddresses
    ? createAddressMatcher(options.allowedSourceAddresses, 'allowedSourceAddresses')
    : undefined;
  const publicKey = options.skipSignatureVerification
    ? undefined
    : importPublicKey(options.publicKey ?? SIPGATE_WEBHOOK_PUBLIC_KEY);
  // A key that fails to import is reported per request; keep it from being an unhandled rejection now.
  publicKey?.catch(() => undefined);
  // A Map: event names from the wire never reach Object.prototype (`constructor`, `toString`…).
  const handlers = new Map<EventType, (event: CallEvent) => unknown>();

  function report(error: unknown, context: WebhookErrorContext): void {
    try {
      onError(error, context);
    } catch {
      // A failing error reporter must not take the request (or the process) down with it.
    }
  }

  // Follow-up subscriptions and the empty answer change only when handlers are registered: compute them then,
  // not per request.
  let addresses: FollowUpAddresses = {};
  let emptyResponse: RawWebhookResponse = {
    status: 200,
    headers: XML_HEADERS,
    body: buildResponseDocument(undefined, {}),
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
    addresses = {
      onAnswer: handlers.has('answer') ? serverAddress : undefined,
      onHangup: handlers.has('hangup') ? serverAddress : undefined,
      onData: handlers.has('dtmf') ? serverAddress : undefined,
    };
    emptyResponse = { status: 200, headers: XML_HEADERS, body: buildResponseDocument(undefined, addresses) };
  }

  function reject(
    status: keyof typeof REJECTIONS,
    error: unknown,
    context: Omit<WebhookErrorContext, 'status'>,
    message: string = REJECTIONS[status],
  ): RawWebhookResponse {
    report(error, { ...context, status });
    const headers: Record<string, string> = { ...XML_HEADERS };
    if (status === 405) headers.allow = 'POST';
    if (status === 413) headers.connection = 'close';
    return { status, headers, body: errorDocument(message) };
  }

  async function raceWithTimeout(
    value: PromiseLike<unknown>,
    event: CallEvent,
  ): Promise<{ result: unknown } | typeof TIMED_OUT> {
    const work = Promise.resolve(value);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
      timer = setTimeout(resolve, handlerTimeout, TIMED_OUT);
    });
    try {
      const outcome = await Promise.race([work.then((result) => ({ result })), timeout]);
      if (outcome === TIMED_OUT) {
        // The late outcome still gets reported, never left as an unhandled rejection.
        work.catch((error: unknown) =>
          report(error, { stage: 'handler', status: 200, event: event.event, callId: event.callId }),
        );
      }
      return outcome;
    } finally {
      clearTimeout(timer);
    }
  }

  async function handleRequest(request: RawWebhookRequest): Promise<RawWebhookResponse> {
    const remoteAddress = resolveClientAddress(
      request.remoteAddress,
      request.header('x-forwarded-for'),
      trustedProxies,
    );
    if (request.method !== 'POST') {
      const error = new SipgateIOWebhookError(`${REJECTIONS[405]} Got ${request.method}.`, 405);
      return reject(405, error, { stage: 'request', remoteAddress });
    }
    if (isAllowedSource && (remoteAddress === undefined || !isAllowedSource(remoteAddress))) {
      const error = new SipgateIOWebhookError(
        `${WebhookErrorMessage.INVALID_ORIGIN}: ${remoteAddress ?? 'unknown address'}.`,
        403,
      );
      return reject(403, error, { stage: 'request', remoteAddress }, WebhookErrorMessage.INVALID_ORIGIN);
    }
    if (!isFormContentType(request.header('content-type'))) {
      return reject(415, new SipgateIOWebhookError(REJECTIONS[415], 415), {
        stage: 'request',
        remoteAddress,
      });
    }
    const declaredLength = Number(request.header('content-length') ?? 0);
    let body: Uint8Array<ArrayBuffer> | undefined;
    try {
      body = declaredLength > maxBodyBytes ? undefined : await request.readBody(maxBodyBytes);
    } catch (error) {
      // A misconfigured adapter (body consumed by a parser) is our side's fault; anything else the client's.
      if (error instanceof SipgateIOValidationError)
        return reject(500, error, { stage: 'request', remoteAddress });
      const message = `Reading the request body failed: ${(error as Error)?.message}`;
      return reject(400, new SipgateIOWebhookError(message, 400, { cause: error }), {
        stage: 'request',
        remoteAddress,
      });
    }
    if (!body) {
      const error = new SipgateIOWebhookError(
        `Request body larger than maxBodyBytes (${maxBodyBytes}).`,
        413,
      );
      return reject(413, error, { stage: 'request', remoteAddress });
    }
    if (publicKey) {
      let key: CryptoKey;
      try {
        key = await publicKey;
      } catch (error) {
        return reject(500, error, { stage: 'signature', remoteAddress });
      }
      const signature = request.header('x-sipgate-signature');
      if (!(await verifySignature(key, body, signature))) {
        const message = signature
          ? WebhookErrorMessage.SIPGATE_SIGNATURE_VERIFICATION_FAILED
          : `${WebhookErrorMessage.SIPGATE_SIGNATURE_VERIFICATION_FAILED} The X-Sipgate-Signature header is missing.`;
        return reject(403, new SipgateIOWebhookError(message, 403), { stage: 'signature', remoteAddress });
      }
    }
    let event: CallEvent;
    try {
      event = parseWebhookBody(UTF8.decode(body));
    } catch (error) {
      const message = `Malformed webhook request: ${(error as Error).message}`;
      return reject(400, new SipgateIOWebhookError(message, 400, { cause: error }), {
        stage: 'request',
        remoteAddress,
      });
    }
    const fn = handlers.get(event.event);
    if (!fn) return emptyResponse;
    let result: unknown;
    try {
      result = fn(event);
      // Only a promise gets a timer: synchronous handlers (the common case) cost no timer and no race.
      if (isThenable(result)) {
        const outcome = await raceWithTimeout(result, event);
        if (outcome === TIMED_OUT) {
          const error = new SipgateIOWebhookError(
            `The ${event.event} handler took longer than handlerTimeout (${handlerTimeout} ms); answered with an empty <Response/>.`,
            200,
          );
          report(error, {
            stage: 'timeout',
            status: 200,
            event: event.event,
            callId: event.callId,
            remoteAddress,
          });
          return emptyResponse;
        }
        result = outcome.result;
      }
    } catch (error) {
      return reject(500, error, {
        stage: 'handler',
        event: event.event,
        callId: event.callId,
        remoteAddress,
      });
    }
    // sipgate discards answers to answer and hangup events: only newCall and dtmf results become actions.
    // Falsy results mean "no action", as in the original.
    if (!result || (event.event !== 'newCall' && event.event !== 'dtmf')) {
      return emptyResponse;
    }
    try {
      return {
        status: 200,
        headers: XML_HEADERS,
        body: buildResponseDocument(result as ResponseObject, addresses),
      };
    } catch (error) {
      return reject(500, error, {
        stage: 'response',
        event: event.event,
        callId: event.callId,
        remoteAddress,
      });
    }
  }

  async function handleRequestSafely(request: RawWebhookRequest): Promise<RawWebhookResponse> {
    try {
      return await handleRequest(request);
    } catch (error) {
      return reject(500, error, { stage: 'request' });
    }
  }

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
