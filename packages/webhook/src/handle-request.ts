// Web APIs only (no node: imports): this module runs on Node, Bun, Deno and edge runtimes.
import { SipgateIOValidationError } from '@sipgateio/core';
import { resolveClientAddress, type resolveTrustProxy } from './client-address.js';
import { SipgateIOWebhookError, WebhookErrorMessage } from './errors.js';
import type { RawWebhookRequest, RawWebhookResponse, WebhookErrorContext } from './handler.types.js';
import { parseWebhookBody } from './parse-event.js';
import { buildResponseDocument, type FollowUpAddresses } from './response-document.js';
import { verifySignature } from './signature.js';
import type { CallEvent, EventType, ResponseObject } from './webhook.types.js';
import { escapeAttribute, XML_DECLARATION } from './xml.js';

// Exactly application/xml: sipgate's log flags other types ("Response does not have content type application/xml").
export const XML_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-type': 'application/xml',
});
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

type EventCallback = (event: CallEvent) => unknown;

/** What the steps of handling a request share: the handler's settings and what is registered on it. */
export interface RequestPipeline {
  readonly maxBodyBytes: number;
  readonly handlerTimeout: number;
  /** Undefined when signature verification is skipped. */
  readonly publicKey: Promise<CryptoKey> | undefined;
  readonly trustedProxies: ReturnType<typeof resolveTrustProxy>;
  readonly isAllowedSource: ((address: string) => boolean) | undefined;
  readonly handlers: ReadonlyMap<EventType, EventCallback>;
  /** The follow-up subscriptions and the empty answer; both change only when a handler is registered. */
  readonly routes: { addresses: FollowUpAddresses; emptyResponse: RawWebhookResponse };
  /** Passes an error to the user's `onError`, which must never take the request down. */
  report(error: unknown, context: WebhookErrorContext): void;
}

/**
 * A request answered before the pipeline's end. Not an Error: it only leaves the steps early, so no stack
 * trace is captured for requests the internet sends us by the thousand.
 */
class Refusal {
  constructor(readonly response: RawWebhookResponse) {}
}

/**
 * Answers one webhook request: the steps below run top to bottom, and each refuses the request (with the
 * status it deserves) or hands on what the next step needs. It never rejects.
 */
export async function handleWebhookRequest(
  pipeline: RequestPipeline,
  request: RawWebhookRequest,
): Promise<RawWebhookResponse> {
  try {
    return await answerRequest(pipeline, request);
  } catch (error) {
    if (error instanceof Refusal) return error.response;
    return refuse(pipeline, 500, error, { stage: 'request' }).response;
  }
}

async function answerRequest(
  pipeline: RequestPipeline,
  request: RawWebhookRequest,
): Promise<RawWebhookResponse> {
  const remoteAddress = resolveClientAddress(
    request.remoteAddress,
    request.header('x-forwarded-for'),
    pipeline.trustedProxies,
  );
  checkRequestLine(pipeline, request, remoteAddress);
  const body = await readLimitedBody(pipeline, request, remoteAddress);
  await checkSignature(pipeline, request, body, remoteAddress);
  const event = parseEvent(pipeline, body, remoteAddress);
  const callback = pipeline.handlers.get(event.event);
  if (!callback) return pipeline.routes.emptyResponse;
  const result = await runCallback(pipeline, callback, event, remoteAddress);
  return answerWith(pipeline, result, event, remoteAddress);
}

function refuse(
  pipeline: RequestPipeline,
  status: keyof typeof REJECTIONS,
  error: unknown,
  context: Omit<WebhookErrorContext, 'status'>,
  message: string = REJECTIONS[status],
): Refusal {
  pipeline.report(error, { ...context, status });
  const headers: Record<string, string> = { ...XML_HEADERS };
  if (status === 405) headers.allow = 'POST';
  if (status === 413) headers.connection = 'close';
  return new Refusal({
    status,
    headers,
    body: `${XML_DECLARATION}\n<Error message="${escapeAttribute(message)}"/>`,
  });
}

/** Refuses what is no webhook before reading its body: another method, a source not allowed, a non-form body. */
function checkRequestLine(
  pipeline: RequestPipeline,
  request: RawWebhookRequest,
  remoteAddress: string | undefined,
): void {
  if (request.method !== 'POST') {
    const error = new SipgateIOWebhookError(`${REJECTIONS[405]} Got ${request.method}.`, 405);
    throw refuse(pipeline, 405, error, { stage: 'request', remoteAddress });
  }
  const { isAllowedSource } = pipeline;
  if (isAllowedSource && (remoteAddress === undefined || !isAllowedSource(remoteAddress))) {
    const error = new SipgateIOWebhookError(
      `${WebhookErrorMessage.INVALID_ORIGIN}: ${remoteAddress ?? 'unknown address'}.`,
      403,
    );
    throw refuse(
      pipeline,
      403,
      error,
      { stage: 'request', remoteAddress },
      WebhookErrorMessage.INVALID_ORIGIN,
    );
  }
  if (!isFormContentType(request.header('content-type'))) {
    const error = new SipgateIOWebhookError(REJECTIONS[415], 415);
    throw refuse(pipeline, 415, error, { stage: 'request', remoteAddress });
  }
}

function isFormContentType(contentType: string | null | undefined): boolean {
  if (!contentType || !FORM_TYPE.test(contentType)) return false;
  const charset = CHARSET.exec(contentType)?.[1]?.toLowerCase();
  return charset === undefined || charset === 'utf-8' || charset === 'utf8';
}

/** Reads the body up to `maxBodyBytes`; a larger declared or actual body is refused with 413. */
async function readLimitedBody(
  pipeline: RequestPipeline,
  request: RawWebhookRequest,
  remoteAddress: string | undefined,
): Promise<Uint8Array<ArrayBuffer>> {
  const { maxBodyBytes } = pipeline;
  const declaredLength = Number(request.header('content-length') ?? 0);
  let body: Uint8Array<ArrayBuffer> | undefined;
  try {
    body = declaredLength > maxBodyBytes ? undefined : await request.readBody(maxBodyBytes);
  } catch (error) {
    // A misconfigured adapter (body consumed by a parser) is our side's fault; anything else the client's.
    if (error instanceof SipgateIOValidationError) {
      throw refuse(pipeline, 500, error, { stage: 'request', remoteAddress });
    }
    const message = `Reading the request body failed: ${(error as Error)?.message}`;
    const wrapped = new SipgateIOWebhookError(message, 400, { cause: error });
    throw refuse(pipeline, 400, wrapped, { stage: 'request', remoteAddress });
  }
  if (!body) {
    const error = new SipgateIOWebhookError(`Request body larger than maxBodyBytes (${maxBodyBytes}).`, 413);
    throw refuse(pipeline, 413, error, { stage: 'request', remoteAddress });
  }
  return body;
}

/** Refuses a body whose X-Sipgate-Signature is missing or wrong (unless verification is skipped). */
async function checkSignature(
  pipeline: RequestPipeline,
  request: RawWebhookRequest,
  body: Uint8Array<ArrayBuffer>,
  remoteAddress: string | undefined,
): Promise<void> {
  if (!pipeline.publicKey) return;
  let key: CryptoKey;
  try {
    key = await pipeline.publicKey;
  } catch (error) {
    throw refuse(pipeline, 500, error, { stage: 'signature', remoteAddress });
  }
  const signature = request.header('x-sipgate-signature');
  if (await verifySignature(key, body, signature)) return;
  const message = signature
    ? WebhookErrorMessage.SIPGATE_SIGNATURE_VERIFICATION_FAILED
    : `${WebhookErrorMessage.SIPGATE_SIGNATURE_VERIFICATION_FAILED} The X-Sipgate-Signature header is missing.`;
  throw refuse(pipeline, 403, new SipgateIOWebhookError(message, 403), { stage: 'signature', remoteAddress });
}

/** Decodes and parses the form body into an event; anything malformed is refused with 400. */
function parseEvent(
  pipeline: RequestPipeline,
  body: Uint8Array<ArrayBuffer>,
  remoteAddress: string | undefined,
): CallEvent {
  try {
    return parseWebhookBody(UTF8.decode(body));
  } catch (error) {
    const message = `Malformed webhook request: ${(error as Error).message}`;
    const wrapped = new SipgateIOWebhookError(message, 400, { cause: error });
    throw refuse(pipeline, 400, wrapped, { stage: 'request', remoteAddress });
  }
}

/**
 * Runs the user's callback. A throw or rejection is refused with 500; a promise that outlasts
 * `handlerTimeout` is reported and yields undefined, which is answered with an empty `<Response/>`.
 */
async function runCallback(
  pipeline: RequestPipeline,
  callback: EventCallback,
  event: CallEvent,
  remoteAddress: string | undefined,
): Promise<unknown> {
  try {
    const result = callback(event);
    // Only a promise gets a timer: synchronous handlers (the common case) cost no timer and no race.
    if (!isThenable(result)) return result;
    const outcome = await raceWithTimeout(pipeline, result, event);
    if (outcome !== TIMED_OUT) return outcome.result;
    const error = new SipgateIOWebhookError(
      `The ${event.event} handler took longer than handlerTimeout (${pipeline.handlerTimeout} ms); answered with an empty <Response/>.`,
      200,
    );
    pipeline.report(error, {
      stage: 'timeout',
      status: 200,
      event: event.event,
      callId: event.callId,
      remoteAddress,
    });
    return undefined;
  } catch (error) {
    throw refuse(pipeline, 500, error, {
      stage: 'handler',
      event: event.event,
      callId: event.callId,
      remoteAddress,
    });
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

async function raceWithTimeout(
  pipeline: RequestPipeline,
  value: PromiseLike<unknown>,
  event: CallEvent,
): Promise<{ result: unknown } | typeof TIMED_OUT> {
  const work = Promise.resolve(value);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(resolve, pipeline.handlerTimeout, TIMED_OUT);
  });
  try {
    const outcome = await Promise.race([work.then((result) => ({ result })), timeout]);
    if (outcome === TIMED_OUT) {
      // The late outcome still gets reported, never left as an unhandled rejection.
      work.catch((error: unknown) =>
        pipeline.report(error, { stage: 'handler', status: 200, event: event.event, callId: event.callId }),
      );
    }
    return outcome;
  } finally {
    clearTimeout(timer);
  }
}

/** Turns the callback's result into the XML answer; a result that cannot be written is refused with 500. */
function answerWith(
  pipeline: RequestPipeline,
  result: unknown,
  event: CallEvent,
  remoteAddress: string | undefined,
): RawWebhookResponse {
  // sipgate discards answers to answer and hangup events: only newCall and dtmf results become actions.
  // Falsy results mean "no action", as in the original.
  if (!result || (event.event !== 'newCall' && event.event !== 'dtmf')) return pipeline.routes.emptyResponse;
  try {
    return {
      status: 200,
      headers: XML_HEADERS,
      body: buildResponseDocument(result as ResponseObject, pipeline.routes.addresses),
    };
  } catch (error) {
    throw refuse(pipeline, 500, error, {
      stage: 'response',
      event: event.event,
      callId: event.callId,
      remoteAddress,
    });
  }
}
