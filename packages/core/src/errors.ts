const BRAND = Symbol.for('sipgateio.error');
// Fields below are `declare`d: the constructors assign them, so ES2022 field definitions would only repeat
// every name in browser bundles.

/** Where an HTTP request went: what errors and hook payloads say about it (never a credential). */
export interface RequestDescription {
  method: string;
  /** Path below the base URL, with query string; never contains credentials. */
  path: string;
}

/**
 * Base class of every error the SDK throws. Check with {@link isSipgateIOError}, which also works when two
 * copies of `@sipgateio/core` are installed.
 */
export class SipgateIOError extends Error {
  override name = 'SipgateIOError';
  readonly [BRAND] = true;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** True for every error thrown by the SDK, whatever copy of `@sipgateio/core` created it. */
export function isSipgateIOError(value: unknown): value is SipgateIOError {
  return (
    value instanceof SipgateIOError ||
    (typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true)
  );
}

/** Input rejected on the client before any request was sent. `field` names the offending input. */
export class SipgateIOValidationError extends SipgateIOError {
  override name = 'SipgateIOValidationError';
  /** The option or argument that failed, e.g. `to`, `sendAt`, `credentials.tokenId`. */
  declare readonly field: string;

  constructor(message: string, field: string, options?: { cause?: unknown }) {
    super(message, options);
    this.field = field;
  }
}

/** The API answered with a non-2xx status. Subclasses exist for 401, 403, 404 and 429. */
export class SipgateIOHttpError extends SipgateIOError {
  override name = 'SipgateIOHttpError';
  declare readonly status: number;
  declare readonly statusText: string;
  declare readonly method: string;
  declare readonly path: string;
  /** The parsed response body (JSON when it parses, else text; undefined when empty). */
  declare readonly body: unknown;
  /** Response headers, lower-case names. */
  declare readonly headers: Record<string, string>;

  constructor(
    message: string,
    details: RequestDescription & {
      status: number;
      statusText: string;
      body: unknown;
      headers: Record<string, string>;
    },
  ) {
    super(message);
    this.status = details.status;
    this.statusText = details.statusText;
    this.method = details.method;
    this.path = details.path;
    this.body = details.body;
    this.headers = details.headers;
  }
}

/** 401: the credentials were not accepted. */
export class SipgateIOAuthenticationError extends SipgateIOHttpError {
  override name = 'SipgateIOAuthenticationError';
}

/** 403: the credentials lack the scope or the account lacks the feature. */
export class SipgateIOPermissionError extends SipgateIOHttpError {
  override name = 'SipgateIOPermissionError';
  /**
   * The OAuth scopes, any one of which allows the operation, narrowest first (`sessions:sms:write`,
   * `sessions:write`, `all`), as sipgate's API description lists them. Empty when unknown: for operations it
   * lists none for, for clients that are not ours, and in browser builds (which leave the table out to stay
   * small).
   */
  declare readonly requiredScopes: readonly string[];

  constructor(
    message: string,
    details: ConstructorParameters<typeof SipgateIOHttpError>[1] & { requiredScopes?: readonly string[] },
  ) {
    super(message, details);
    this.requiredScopes = details.requiredScopes ?? [];
  }
}

/** 404: the addressed resource does not exist. */
export class SipgateIONotFoundError extends SipgateIOHttpError {
  override name = 'SipgateIONotFoundError';
}

/** 429: too many requests. `retryAfter` is the server's `Retry-After` in seconds, when it sent one. */
export class SipgateIORateLimitError extends SipgateIOHttpError {
  override name = 'SipgateIORateLimitError';
  declare readonly retryAfter: number | undefined;

  constructor(message: string, details: ConstructorParameters<typeof SipgateIOHttpError>[1]) {
    super(message, details);
    this.retryAfter = parseRetryAfter(details.headers['retry-after']);
  }
}

/**
 * No HTTP answer arrived (DNS, refused or reset connection), or the answer's body could not be read (the
 * message then names the status). A POST or PATCH that may have taken effect fails with
 * {@link SipgateIOOutcomeUnknownError} instead.
 */
export class SipgateIONetworkError extends SipgateIOError {
  override name = 'SipgateIONetworkError';
  declare readonly method: string;
  declare readonly path: string;

  constructor(message: string, request: RequestDescription, options?: { cause?: unknown }) {
    super(message, options);
    this.method = request.method;
    this.path = request.path;
  }
}

/** A request that changes nothing (GET, PUT, DELETE) took longer than the configured timeout. */
export class SipgateIOTimeoutError extends SipgateIONetworkError {
  override name = 'SipgateIOTimeoutError';
}

/** The caller aborted the request through its `AbortSignal`. */
export class SipgateIOAbortError extends SipgateIONetworkError {
  override name = 'SipgateIOAbortError';
}

/**
 * A POST or PATCH was sent but no answer arrived (timeout, dropped connection, abort): it may or may not have
 * taken effect. It is never retried automatically; check (e.g. the history) before sending again.
 */
export class SipgateIOOutcomeUnknownError extends SipgateIONetworkError {
  override name = 'SipgateIOOutcomeUnknownError';
  /**
   * `timeout`, `network` (connection lost), `abort` (the caller aborted), or `gateway` (a 502/504 from a proxy
   * in front of the API, which may have passed the request on).
   */
  declare readonly reason: 'timeout' | 'network' | 'abort' | 'gateway';
  /** The HTTP status, for `gateway`. */
  declare readonly status: number | undefined;

  constructor(
    message: string,
    request: RequestDescription & { reason: 'timeout' | 'network' | 'abort' | 'gateway'; status?: number },
    options?: { cause?: unknown },
  ) {
    super(message, request, options);
    this.reason = request.reason;
    this.status = request.status;
  }
}

function parseRetryAfter(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
