import type { ErrorMessages } from './client.types.js';
import {
  type RequestDescription,
  SipgateIOAbortError,
  SipgateIOAuthenticationError,
  SipgateIOHttpError,
  SipgateIONetworkError,
  SipgateIONotFoundError,
  SipgateIOOutcomeUnknownError,
  SipgateIOPermissionError,
  SipgateIORateLimitError,
  SipgateIOTimeoutError,
} from './errors.js';

/** What the original SDK said for these statuses whatever the module (its core error handler). */
export const DEFAULT_MESSAGES: Readonly<Record<number, string>> = { 401: 'Unauthorized', 403: 'Forbidden' };
const STATUS_CLASSES: Readonly<Record<number, typeof SipgateIOHttpError>> = {
  401: SipgateIOAuthenticationError,
  403: SipgateIOPermissionError,
  404: SipgateIONotFoundError,
  429: SipgateIORateLimitError,
};
/** Methods that may be repeated without changing the outcome: retried by the client, never "outcome unknown". */
export const REPEATABLE_METHODS = ['get', 'put', 'delete', 'head'];
// Failures that happen before a single byte of the request left the machine.
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'ERR_INVALID_URL',
  'ERR_INVALID_ARG_TYPE',
]);

/**
 * The one place that turns an HTTP error status into an error class. Feature modules pass `messages` to
 * keep the original SDK's wording for the statuses they know; core picks the class either way.
 */
export function errorFromResponse(
  request: RequestDescription,
  response: Response,
  body: unknown,
  messages: ErrorMessages = {},
): SipgateIOHttpError {
  const { status } = response;
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const details = { ...request, status, statusText: response.statusText, body, headers };
  const message =
    messages[status] ??
    DEFAULT_MESSAGES[status] ??
    `Request failed with status ${status}${response.statusText ? ` ${response.statusText}` : ''} (${request.method} ${request.path})`;
  return new (STATUS_CLASSES[status] ?? SipgateIOHttpError)(message, details);
}

interface TransportContext {
  /** Values that must not survive into messages (the Authorization header of this client). */
  secrets: string[];
  timedOut: boolean;
  aborted: boolean;
  timeout: number;
  subject: string | undefined;
  /** True when the request certainly never left the machine. */
  notSent?: boolean;
}

const CREDENTIAL_PATTERN = /\b(Basic|Bearer)\s+[A-Za-z0-9._~+/=-]+/gi;

/** Removes credentials from text that came from elsewhere (fetch and mock libraries quote request headers). */
export function redact(text: string, secrets: readonly string[] = []): string {
  let result = text;
  for (const secret of secrets.flatMap(secretForms)) {
    if (secret) result = result.split(secret).join('[redacted]');
  }
  return result.replace(CREDENTIAL_PATTERN, '$1 [redacted]');
}

// An Authorization value can leak in parts too: the bare token or base64 text, or the decoded password.
// Parts shorter than 4 characters are left alone: redacting them would garble the message, not protect it.
function secretForms(secret: string): string[] {
  const forms = [secret];
  const match = /^(Basic|Bearer)\s+(\S+)$/i.exec(secret);
  if (match) {
    forms.push(match[2]!);
    if (match[1]!.toLowerCase() === 'basic') {
      try {
        const bytes = Uint8Array.from(atob(match[2]!), (character) => character.charCodeAt(0));
        const decoded = new TextDecoder().decode(bytes);
        forms.push(decoded, decoded.slice(decoded.indexOf(':') + 1));
      } catch {
        // Not base64: the forms above cover it.
      }
    }
  }
  return forms.filter((form) => form.length >= 4).sort((a, b) => b.length - a.length);
}

// Errors from fetch/ky carry the request (with its Authorization header) on some properties: keep only the
// name, redacted message and code, so nothing secret can travel in `cause`.
function sanitize(error: unknown, secrets: readonly string[]): Error {
  const source = error as {
    name?: string;
    message?: string;
    code?: string;
    cause?: { code?: string; message?: string };
  };
  const code = source?.code ?? source?.cause?.code;
  const detail = source?.cause?.message ? `: ${source.cause.message}` : '';
  const copy = new Error(redact(`${source?.message ?? String(error)}${detail}`, secrets));
  copy.name = source?.name ?? 'Error';
  if (code) (copy as Error & { code?: string }).code = code;
  return copy;
}

/** Turns a failure without an HTTP answer into a network, timeout, abort or outcome-unknown error. */
export function errorFromTransport(
  request: RequestDescription,
  error: unknown,
  context: TransportContext,
): SipgateIONetworkError {
  const cause = sanitize(error, context.secrets);
  const where = `${request.method} ${request.path}`;
  const code = (cause as Error & { code?: string }).code;
  const certainlyNotSent =
    context.notSent === true ||
    (!context.timedOut && !context.aborted && code !== undefined && NOT_SENT_CODES.has(code));
  const reason = context.timedOut ? 'timeout' : context.aborted ? 'abort' : 'network';
  const happened =
    reason === 'timeout'
      ? `no answer within ${context.timeout} ms`
      : reason === 'abort'
        ? 'the request was aborted'
        : `the connection failed (${cause.message})`;

  if (!REPEATABLE_METHODS.includes(request.method.toLowerCase()) && !certainlyNotSent) {
    return outcomeUnknown(request, `${happened} after sending`, context.subject, { reason }, cause);
  }
  if (reason === 'timeout') {
    return new SipgateIOTimeoutError(`${where}: ${happened}`, request, { cause });
  }
  if (reason === 'abort') {
    return new SipgateIOAbortError(`${where}: ${happened}`, request, { cause });
  }
  return new SipgateIONetworkError(`${where}: ${happened}`, request, { cause });
}

/**
 * The API answered (so the request took effect as `status` says) but reading the body failed: the connection
 * dropped mid-body, the body stalled past the timeout, or the caller aborted.
 */
export function errorFromBody(
  request: RequestDescription,
  status: number,
  error: unknown,
  context: { secrets: string[]; aborted: boolean; timedOut?: number | undefined },
): SipgateIONetworkError {
  const cause = sanitize(error, context.secrets);
  const where = `${request.method} ${request.path}`;
  if (context.timedOut !== undefined && !context.aborted) {
    return new SipgateIOTimeoutError(
      `${where}: the answer (status ${status}) did not arrive completely within ${context.timedOut} ms`,
      request,
      { cause },
    );
  }
  if (context.aborted) {
    return new SipgateIOAbortError(
      `${where}: the request was aborted while reading the answer (status ${status})`,
      request,
      { cause },
    );
  }
  return new SipgateIONetworkError(
    `${where}: the API answered with status ${status}, but the answer could not be read (${cause.message})`,
    request,
    { cause },
  );
}

function outcomeUnknown(
  request: RequestDescription,
  happened: string,
  subject: string | undefined,
  details: { reason: SipgateIOOutcomeUnknownError['reason']; status?: number },
  cause?: unknown,
): SipgateIOOutcomeUnknownError {
  return new SipgateIOOutcomeUnknownError(
    `${request.method} ${request.path}: ${happened}, so ${subject ?? 'the request'} may or may not have been ` +
      `${subject ? 'sent' : 'carried out'}. Check (for example in the history) before trying again.`,
    { ...request, ...details },
    cause === undefined ? undefined : { cause },
  );
}

// A proxy that answers 502/504 may have passed the request on before the API failed or went quiet.
const GATEWAY_STATUSES = new Set([502, 504]);

/**
 * For a POST or PATCH answered 502/504: the "outcome unknown" error, since the API behind the gateway may have
 * carried the request out. Undefined for other methods and statuses.
 */
export function gatewayOutcomeUnknown(
  request: RequestDescription,
  response: Response,
  subject: string | undefined,
): SipgateIOOutcomeUnknownError | undefined {
  if (REPEATABLE_METHODS.includes(request.method.toLowerCase()) || !GATEWAY_STATUSES.has(response.status)) {
    return undefined;
  }
  const statusText = response.statusText ? ` ${response.statusText}` : '';
  return outcomeUnknown(request, `a gateway answered ${response.status}${statusText}`, subject, {
    reason: 'gateway',
    status: response.status,
  });
}
