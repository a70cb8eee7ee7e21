import type { KyInstance } from 'ky';
import { markOwnClient } from './adapt-client.js';
import type {
  RequestOptions,
  ResponseEvent,
  SipgateIOClientOptions,
  SipgateIOMethods,
  SipgateIORestClient,
  Webuser,
} from './client.types.js';
import { type AuthCredentials, createAuthorization } from './credentials.js';
import { toDownload, validateDownloadUrl } from './download.js';
import { SipgateIOError } from './errors.js';
import { freshBodyFetch } from './fresh-body-fetch.js';
import { type KyModule, loadKy } from './load-ky.js';
import { errorFromBody, errorFromResponse, errorFromTransport, gatewayOutcomeUnknown } from './map-error.js';
import { describeRuntime, SDK_VERSION } from './platform.js';
import { serializeQuery } from './query.js';
import { routeRequest } from './request-route.js';
import { deletedByEarlierAttempt, type RetryState, recordRetry, retryOptions } from './retry.js';
import { reviveDates } from './revive-dates.js';
import { scopesFor } from './route-scopes.js';

const DEFAULT_BASE_URL = 'https://api.sipgate.com/v2';
const DEFAULT_TIMEOUT = 30_000;

/** What one call of the client tracks across its attempts (ky hands it to the hooks through `context`). */
interface AttemptState extends RetryState {
  description: { method: string; path: string };
  url: string;
  signal: AbortSignal | undefined;
  /** Bounds the wait for the headers (ky's timeout) and, separately, the reading of the body. */
  timeout: number;
  bodyTimedOut: boolean;
  startedAt: number;
  // The header value actually sent: redacted from transport errors without asking a token function again.
  sentAuthorization: string;
  // After a 401 the token function's new token, sent on the repeat (and on any retry of that).
  refreshedAuthorization?: string;
  dispatched: boolean;
  // A download from another origin than the API's: it gets neither credentials nor the SDK's headers.
  anonymous: boolean;
}

function stateOf(kyRequestOptions: { context: Record<string, unknown> }): AttemptState {
  return kyRequestOptions.context.state as AttemptState;
}

function environmentBaseUrl(): string | undefined {
  try {
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
    return env?.SIPGATEIO_BASE_URL || undefined;
  } catch {
    // Deno without --allow-env throws on reading the environment: then there is none to read.
    return undefined;
  }
}

function combineSignals(first: AbortSignal | undefined, second: AbortSignal | undefined) {
  return first && second ? AbortSignal.any([first, second]) : (first ?? second);
}

function parseBody(text: string, type: string): unknown {
  if (text === '') return undefined;
  const looksJson = type.includes('json') || (!type.includes('text/') && /^\s*[[{"]/.test(text));
  if (!looksJson) return text;
  try {
    return reviveDates(JSON.parse(text));
  } catch {
    return text;
  }
}

/**
 * Reads a body as text within `timeout` ms. The deadline cancels the body stream itself, so the request needs
 * no extra AbortSignal (combining signals for every request costs more than the rest of our wrapper).
 */
async function readText(response: Response, timeout: number, onTimeout: () => void): Promise<string> {
  const stream = response.body;
  if (!stream) return '';
  const reader = stream.getReader();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    onTimeout();
    reader.cancel().catch(() => undefined);
  }, timeout);
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (timedOut) throw new DOMException('The body did not arrive in time', 'TimeoutError');
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    return text + decoder.decode();
  } finally {
    clearTimeout(timer);
    reader.releaseLock();
  }
}

// A stream body is consumed by the first attempt and cannot be sent again. A function that makes the stream
// (see `bodyOf`) can: every attempt calls it again.
function isStream(body: unknown): body is ReadableStream {
  return typeof ReadableStream !== 'undefined' && body instanceof ReadableStream;
}

function isRawBody(body: unknown): body is BodyInit {
  return (
    typeof body === 'string' ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    (typeof FormData !== 'undefined' && body instanceof FormData) ||
    (typeof URLSearchParams !== 'undefined' && body instanceof URLSearchParams) ||
    (typeof Blob !== 'undefined' && body instanceof Blob) ||
    isStream(body)
  );
}

/**
 * What one attempt sends: a function is called for a body made afresh per attempt (a stream over data the
 * caller still holds, so a 401 repeat gets its own stream); raw bodies go as they are, anything else as JSON.
 */
function bodyOf(body: unknown): BodyInit {
  const made = typeof body === 'function' ? (body as () => unknown)() : body;
  return isRawBody(made) ? made : JSON.stringify(made);
}

/** Reads and parses a body; its own deadline, since ky's timeout ends when the headers arrive. */
async function readBody(state: AttemptState, received: Response): Promise<unknown> {
  const text = await readText(received, state.timeout, () => {
    state.bodyTimedOut = true;
  });
  return parseBody(text, received.headers.get('content-type') ?? '');
}

/** The error for a body that failed to arrive after a successful status. */
function bodyError(state: AttemptState, response: Response, error: unknown): SipgateIOError {
  return errorFromBody(state.description, response.status, error, {
    secrets: [state.sentAuthorization],
    aborted: state.signal?.aborted === true,
    timedOut: state.bodyTimedOut ? state.timeout : undefined,
  });
}

/**
 * Creates a sipgate.io client. Credentials are checked synchronously; nothing is sent until a module calls
 * the API.
 *
 * @example
 * ```ts
 * import { sipgateIO } from '@sipgateio/core';
 * const client = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });
 * const webuserId = await client.getAuthenticatedWebuserId();
 * ```
 * @throws {SipgateIOValidationError} when the credentials are malformed (the field is named; secrets never).
 */
export function sipgateIO(
  credentials: AuthCredentials,
  options: SipgateIOClientOptions = {},
): SipgateIORestClient {
  const authorization = createAuthorization(credentials);
  const baseUrl = (options.baseUrl ?? environmentBaseUrl() ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const apiOrigin = /^https?:\/\/[^/]+/i.exec(baseUrl)?.[0];
  const hooks = options.hooks ?? {};
  const clientHeader = JSON.stringify(describeRuntime());

  const kyOptions = {
    timeout: options.timeout ?? DEFAULT_TIMEOUT,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    throwHttpErrors: true,
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'X-Sipgate-Client': clientHeader,
      'X-Sipgate-Version': SDK_VERSION,
    },
    retry: retryOptions(options.retry),
  } satisfies Parameters<KyModule['default']['create']>[0];
  const baseFetch: typeof fetch = (input, init) => (options.fetch ?? globalThis.fetch)(input, init);
  let kyModule: KyModule | undefined;
  let plainInstance: KyInstance | undefined;
  let observedInstance: KyInstance | undefined;

  async function beforeRequest(outgoing: Request, kyRequestOptions: { context: Record<string, unknown> }) {
    const state = stateOf(kyRequestOptions);
    if (state.anonymous) {
      // Nothing beyond a plain GET, so a browser asks another origin no CORS preflight either.
      for (const name of ['content-type', 'x-sipgate-client', 'x-sipgate-version'])
        outgoing.headers.delete(name);
    } else {
      state.sentAuthorization = state.refreshedAuthorization ?? (await authorization());
      outgoing.headers.set('Authorization', state.sentAuthorization);
    }
    state.startedAt = Date.now();
    if (hooks.beforeRequest) {
      const headers: Record<string, string> = {};
      outgoing.headers.forEach((value, name) => {
        headers[name] = name === 'authorization' ? '[redacted]' : value;
      });
      await hooks.beforeRequest({
        ...state.description,
        url: state.url,
        headers,
        retryCount: state.retryCount,
      });
    }
    // fetch refuses an already aborted signal without sending anything.
    state.dispatched = state.signal?.aborted !== true;
  }

  async function observeResponse(
    _request: Request,
    kyRequestOptions: { context: Record<string, unknown> },
    received: Response,
  ) {
    const state = stateOf(kyRequestOptions);
    const afterResponse = hooks.afterResponse;
    if (!afterResponse) return;
    const event: ResponseEvent = {
      ...state.description,
      url: state.url,
      status: received.status,
      durationMs: Date.now() - state.startedAt,
      retryCount: state.retryCount,
    };
    await afterResponse(event);
  }

  // Built once per client (per whether an afterResponse hook is set: ky clones every response for such hooks).
  function instance(loaded: KyModule, observed: boolean): KyInstance {
    const existing = observed ? observedInstance : plainInstance;
    if (existing) return existing;
    const created = loaded.default.create({
      ...kyOptions,
      hooks: {
        beforeRequest: [beforeRequest],
        beforeRetry: [
          ({ error, options: kyRequestOptions }) =>
            recordRetry(stateOf(kyRequestOptions), error instanceof loaded.HTTPError),
        ],
        afterResponse: observed ? [observeResponse] : [],
      },
    });
    if (observed) observedInstance = created;
    else plainInstance = created;
    return created;
  }

  /**
   * Sends once; when a token function's token gets 401 (the request was not carried out, whatever its
   * method), asks the function for a new one and sends once more. A second 401 is the caller's to map.
   */
  async function sendRefreshingOn401(send: () => Promise<Response>, state: AttemptState, body: unknown) {
    try {
      return await send();
    } catch (error) {
      const { refresh } = authorization;
      const HTTPError = kyModule?.HTTPError;
      const rejected = HTTPError !== undefined && error instanceof HTTPError && error.response.status === 401;
      if (!rejected || !refresh || isStream(body) || state.anonymous) throw error;
      await error.response.body?.cancel().catch(() => undefined);
      state.dispatched = false;
      state.refreshedAuthorization = await refresh(state.sentAuthorization);
      state.retryCount++;
      return send();
    }
  }

  function toUrl(path: string, query: string): { url: string; shownPath: string } {
    const absolute = /^https?:\/\//i.test(path);
    const url = absolute ? path : `${baseUrl}/${path.replace(/^\/+/, '')}`;
    const withQuery = query === '' ? url : `${url}${url.includes('?') ? '&' : '?'}${query}`;
    const shownPath = absolute ? new URL(withQuery).pathname : withQuery.slice(baseUrl.length);
    return { url: withQuery, shownPath };
  }

  /** What a call tracks from its first attempt to its answer: where it goes, its deadline, what was sent. */
  function startCall(
    method: string,
    path: string,
    requestOptions: RequestOptions,
    download: boolean,
  ): AttemptState {
    const query = serializeQuery(requestOptions.searchParams ?? requestOptions.params);
    const { url, shownPath } = toUrl(path, query);
    return {
      description: { method, path: shownPath },
      url,
      signal: combineSignals(options.signal, requestOptions.signal),
      timeout: requestOptions.timeout ?? options.timeout ?? DEFAULT_TIMEOUT,
      bodyTimedOut: false,
      startedAt: 0,
      retryCount: 0,
      sentAuthorization: '',
      dispatched: false,
      earlierAttemptUnanswered: false,
      // Compared as text: a URL written any other way than the base URL's origin counts as another host.
      anonymous: download && !`${url}/`.startsWith(`${apiOrigin}/`),
    };
  }

  /** Sends the call through ky (loaded on first use), repeating it once with a new token after a 401. */
  async function send(
    state: AttemptState,
    body: unknown,
    requestOptions: RequestOptions,
    download: boolean,
  ): Promise<Response> {
    if (!kyModule) kyModule = await loadKy();
    const transport = instance(kyModule, hooks.afterResponse !== undefined);
    return sendRefreshingOn401(
      () =>
        transport(state.url, {
          method: state.description.method,
          // ky merges per-request options over the defaults key by key: an explicit undefined would erase them.
          ...(body === undefined ? {} : { body: bodyOf(body) }),
          ...(typeof body === 'function' ? { fetch: freshBodyFetch(() => bodyOf(body), baseFetch) } : {}),
          ...(download
            ? { headers: { Accept: '*/*', ...requestOptions.headers } }
            : requestOptions.headers
              ? { headers: requestOptions.headers }
              : {}),
          ...(requestOptions.timeout === undefined ? {} : { timeout: requestOptions.timeout }),
          ...(state.signal ? { signal: state.signal } : {}),
          // The hooks are built once per client; ky copies the context shallowly, so they share this state.
          context: { state },
        }),
      state,
      body,
    );
  }

  /**
   * Turns a failed send into the typed error it throws, or into `undefined` for a DELETE whose 404 only
   * says that an earlier, unanswered attempt already deleted the resource.
   */
  async function settleFailure(
    state: AttemptState,
    error: unknown,
    requestOptions: RequestOptions,
  ): Promise<undefined> {
    if (error instanceof SipgateIOError) throw error;
    const { description } = state;
    // Without ky loaded nothing was sent: the failure to load it is a transport error before dispatch.
    const HTTPError = kyModule?.HTTPError;
    const TimeoutError = kyModule?.TimeoutError;
    if (HTTPError && error instanceof HTTPError) {
      const { response } = error;
      if (deletedByEarlierAttempt(description.method, response.status, state)) {
        await response.body?.cancel().catch(() => undefined);
        return undefined;
      }
      const unknown = gatewayOutcomeUnknown(description, response, requestOptions.outcomeSubject);
      if (unknown) {
        await response.body?.cancel().catch(() => undefined);
        throw unknown;
      }
      throw errorFromResponse(
        description,
        response,
        await readBody(state, response).catch(() => undefined),
        requestOptions.errorMessages,
        response.status === 403 && !state.anonymous
          ? scopesFor(description.method, description.path)
          : undefined,
      );
    }
    throw errorFromTransport(description, error, {
      secrets: [state.sentAuthorization],
      // Failing before the first attempt was handed to fetch (aborted early, token function or hook threw)
      // means nothing can have reached the API.
      notSent: !state.dispatched,
      timedOut: TimeoutError !== undefined && error instanceof TimeoutError,
      aborted: state.signal?.aborted === true,
      timeout: state.timeout,
      subject: requestOptions.outcomeSubject,
    });
  }

  async function request<T>(
    method: string,
    path: string,
    body: unknown,
    requestOptions: RequestOptions = {},
    download = false,
  ): Promise<T> {
    const state = startCall(method, path, requestOptions, download);
    let response: Response;
    try {
      response = await send(state, body, requestOptions, download);
    } catch (error) {
      return (await settleFailure(state, error, requestOptions)) as T;
    }
    if (download) return toDownload(response, (error) => bodyError(state, response, error)) as T;
    try {
      return (await readBody(state, response)) as T;
    } catch (error) {
      throw bodyError(state, response, error);
    }
  }

  const methods: SipgateIOMethods = {
    get: (path, requestOptions) => request('GET', path, undefined, requestOptions),
    delete: (path, requestOptions) => request('DELETE', path, undefined, requestOptions),
    post: (path, body, requestOptions) => request('POST', path, body, requestOptions),
    put: (path, body, requestOptions) => request('PUT', path, body, requestOptions),
    patch: (path, body, requestOptions) => request('PATCH', path, body, requestOptions),
  };
  const client: SipgateIORestClient = {
    ...methods,
    async getAuthenticatedWebuserId() {
      const userinfo = await client.get<{ sub: string }>('authorization/userinfo');
      return userinfo.sub;
    },
    async getWebUsers() {
      const users = await client.get<{ items: Webuser[] }>('users');
      return users.items;
    },
    request: routeRequest(request),
    download: async (url, downloadOptions) =>
      request('GET', validateDownloadUrl(url), undefined, downloadOptions, true),
  };
  return markOwnClient(client);
}
