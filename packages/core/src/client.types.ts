import type { QueryParams } from './query.js';
import type { RequestRoute } from './request-route.types.js';

/** What a request hook sees. Headers are copied with `Authorization` replaced by `[redacted]`. */
export interface RequestEvent {
  method: string;
  /** Path below the base URL, with query string. */
  path: string;
  url: string;
  headers: Record<string, string>;
  /** 0 for the first attempt, 1 for the first retry, … */
  retryCount: number;
}

/** What a response hook sees. */
export interface ResponseEvent {
  method: string;
  path: string;
  url: string;
  status: number;
  /** Milliseconds from sending the attempt to its response headers. */
  durationMs: number;
  retryCount: number;
}

/** Observe traffic, e.g. for logging. Hooks never see credentials. */
export interface ClientHooks {
  beforeRequest?: (event: RequestEvent) => void | Promise<void>;
  afterResponse?: (event: ResponseEvent) => void | Promise<void>;
}

/** Options of {@link sipgateIO}. */
export interface SipgateIOClientOptions {
  /**
   * API base URL. Default: the `SIPGATEIO_BASE_URL` environment variable where one exists, else
   * `https://api.sipgate.com/v2`.
   */
  baseUrl?: string;
  /** Milliseconds before a request attempt is abandoned. Default 30000. */
  timeout?: number;
  /** How often a GET, PUT or DELETE is retried on 408/429/500/502/503/504 or a network error. Default 2. */
  retry?: number;
  /** A `fetch` implementation to use instead of the global one. */
  fetch?: typeof globalThis.fetch;
  /** Aborts every request of this client when it fires. */
  signal?: AbortSignal;
  hooks?: ClientHooks;
}

/** Per-status messages a feature module chooses; core still chooses the error class. */
export type ErrorMessages = Readonly<Partial<Record<number, string>>>;

/** Options of one request through the raw client methods. */
export interface RequestOptions {
  /** Query parameters (`params` is the original SDK's name; both work). */
  params?: QueryParams;
  searchParams?: QueryParams;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Milliseconds; overrides the client's timeout for this request. */
  timeout?: number;
  /** Messages to use for these statuses instead of core's defaults. */
  errorMessages?: ErrorMessages;
  /**
   * What a POST creates, for the "outcome unknown" message, e.g. `the SMS`: "… the SMS may or may not have
   * been sent".
   */
  outcomeSubject?: string;
}

/** A sipgate web user (GET /users). */
export interface Webuser {
  id: string;
  firstname: string;
  lastname: string;
  email: string;
  defaultDevice: string;
  busyOnBusy: boolean;
  addressId: string;
  directDialIds: string[];
  timezone: string;
  admin: boolean;
}

/** The client every feature module takes. Resolved values are the parsed response bodies. */
export interface SipgateIOClient {
  get<T = unknown>(path: string, options?: RequestOptions): Promise<T>;
  post<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  put<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  patch<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  delete<T = unknown>(path: string, options?: RequestOptions): Promise<T>;
  /** The id (`w0`, …) of the web user the credentials belong to (GET /authorization/userinfo → `sub`). */
  getAuthenticatedWebuserId(): Promise<string>;
  /** All web users of the account (GET /users → `items`). */
  getWebUsers(): Promise<Webuser[]>;
}

/** Options of `client.download`. */
export type DownloadOptions = Pick<RequestOptions, 'headers' | 'signal' | 'timeout' | 'errorMessages'>;

/**
 * A file the API (or a host it links to) answered with, not yet read: read it once, as a stream or as bytes.
 */
export interface SipgateIODownload {
  /** The answer's `Content-Type`; `application/octet-stream` when it sent none. */
  contentType: string;
  /** The answer's `Content-Length` in bytes, when it sent one (and no content encoding). */
  contentLength?: number;
  /**
   * The body as it arrives.
   * @throws {SipgateIOError} when the download was already read.
   */
  stream(): ReadableStream<Uint8Array>;
  /**
   * The whole body.
   * @throws {SipgateIOError} (as a rejection) when the download was already read.
   * @throws {SipgateIONetworkError} (as a rejection) when the connection failed while reading;
   * {@link SipgateIOAbortError} when the signal aborted it.
   */
  bytes(): Promise<Uint8Array>;
}

/** The raw HTTP methods of a client, what `client.request` is built on. */
export type SipgateIOMethods = Pick<SipgateIOClient, 'get' | 'post' | 'put' | 'patch' | 'delete'>;

/**
 * The client {@link sipgateIO} returns: the raw methods plus `request`, which reaches every operation of
 * sipgate's REST API, typed from its OpenAPI description.
 */
export interface SipgateIORestClient extends SipgateIOClient {
  /**
   * Sends one operation of sipgate's REST API, named as `'<METHOD> <path template>'` exactly as sipgate's
   * OpenAPI description writes it. `params` holds the path and query parameters by their names there and the
   * JSON request body under `body`; the promise resolves to the parsed answer, typed.
   *
   * @example
   * ```ts
   * const forwardings = await client.request('GET /{userId}/phonelines/{phonelineId}/forwardings', {
   *   userId: 'w0',
   *   phonelineId: 'p0',
   * });
   * ```
   * @throws {SipgateIOValidationError} (as a rejection) for a missing or empty path parameter, naming it.
   */
  request: RequestRoute;
  /**
   * Downloads a file (a recording, a fax document): a GET of `url`, absolute or relative to the base URL, whose
   * answer is handed over unread. The client's credentials go only to the API's own origin; a URL on another
   * host gets neither credentials nor the SDK's headers. Retried and mapped to errors like every GET; the
   * timeout ends when the answer's headers arrive, so reading a long body is bounded by `signal` alone.
   *
   * @example
   * ```ts
   * const recording = await client.download(voicemail.recordingUrl);
   * const audio = await recording.bytes();
   * ```
   * @throws {SipgateIOValidationError} (as a rejection) when `url` is neither an http(s) URL nor a path.
   * @throws {SipgateIOHttpError} (as a rejection) for an error status; {@link SipgateIONetworkError} and its
   * subclasses when no answer arrived.
   */
  download(url: string, options?: DownloadOptions): Promise<SipgateIODownload>;
}
