import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, errorBody } from './api-error.js';
import type { SandboxContext } from './context.js';
import { isoTime } from './context.js';
import type { FaultList } from './faults.js';
import { findRoute, type Route, type RouteResponse } from './router.js';
import type { OAuthAnswer, OAuthRequest } from './routes/oauth-server.js';
import type { FaultRule } from './sandbox.types.js';
import type { RecordedRequest, SandboxExchange } from './state.types.js';

/** Request bodies above this size are refused before parsing (the fax limit plus JSON overhead). */
const MAX_BODY_BYTES = 30 * 1024 * 1024;
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept, X-Sipgate-Client, X-Sipgate-Version',
  'Access-Control-Expose-Headers': 'Retry-After, Content-Type',
  'Access-Control-Max-Age': '600',
};
const NOT_RECORDED_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);

/** What the request handler needs besides the request. */
export interface HandlerOptions {
  context: SandboxContext;
  routes: readonly Route[];
  faults: FaultList;
  /** Whether an Authorization header value is accepted. */
  isAuthorized(header: string | undefined): boolean;
  /** Called with every pending hang so that `stop()` can end it. */
  track(response: ServerResponse): void;
  /** The login (OAuth) endpoints: an answer for their paths, undefined for the API's. Not recorded: bodies hold secrets. */
  login?(request: OAuthRequest): OAuthAnswer | undefined;
  /** Sees every answered request with its answer. */
  onExchange?: (exchange: SandboxExchange) => void;
}

/** The Authorization header's scheme without its credentials: `''` when the header has no credentials after a scheme. */
function authScheme(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  return /^([A-Za-z][\w.~+/-]*) +\S/.exec(header)?.[1] ?? '';
}

function parseQuery(search: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of search) {
    const existing = query[key];
    query[key] =
      existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return query;
}

function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(undefined);
        request.removeAllListeners('data');
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function send(
  response: ServerResponse,
  result: RouteResponse,
  extraHeaders: Record<string, string> = {},
): void {
  if (response.destroyed || response.headersSent) return;
  const headers: Record<string, string> = { ...CORS_HEADERS, ...extraHeaders };
  let payload: string | Uint8Array = '';
  if (result.body !== undefined) {
    // Files (recordings, fax documents) are bytes and go out unchanged.
    payload =
      result.body instanceof Uint8Array
        ? result.body
        : result.contentType
          ? String(result.body)
          : JSON.stringify(result.body);
    headers['Content-Type'] = result.contentType ?? 'application/json; charset=utf-8';
  }
  response.writeHead(result.status, headers);
  response.end(payload);
}

function errorResponse(error: unknown): RouteResponse {
  if (error instanceof ApiError) return { status: error.status, body: { errors: error.items } };
  const detail = error instanceof Error ? error.message : 'Unexpected error';
  return { status: 500, body: errorBody(500, `The sandbox failed: ${detail}`) };
}

function parseJsonBody(route: Route, contentType: string | undefined, raw: string): unknown {
  if (!route.jsonBody || (route.jsonBody === 'optional' && raw === '')) return raw === '' ? undefined : raw;
  if (!/^application\/json\b/i.test(contentType ?? '')) {
    throw new ApiError(415, 'Content-Type must be application/json');
  }
  try {
    return JSON.parse(raw);
  } catch {
    throw new ApiError(400, 'The request body is not valid JSON', '/');
  }
}

function tryJson(raw: string): unknown {
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** Creates the node:http request listener: CORS, faults, auth, routing, validation, recording. */
export function createRequestHandler(options: HandlerOptions) {
  const { context } = options;
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const method = (request.method ?? 'GET').toUpperCase();
    const url = new URL(request.url ?? '/', 'http://sandbox.invalid');
    if (method === 'OPTIONS') {
      response.writeHead(204, CORS_HEADERS);
      response.end();
      return;
    }
    const bytes = await readBody(request);
    const raw = bytes?.toString('utf8') ?? '';
    const { authorization, accept } = request.headers;
    const login = options.login?.({ method, url, raw, authorization, accept });
    if (login) {
      send(response, login, login.headers);
      return;
    }
    const path = url.pathname.startsWith('/v2/') ? url.pathname.slice(3) : url.pathname;
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(request.headers)) {
      if (!NOT_RECORDED_HEADERS.has(key) && value !== undefined) headers[key] = String(value);
    }
    const record: RecordedRequest = {
      method,
      path,
      query: parseQuery(url.searchParams),
      body: tryJson(raw),
      headers,
      ...(authorization === undefined ? {} : { authScheme: authScheme(authorization) }),
      status: 0,
      receivedAt: isoTime(context.now()),
    };
    context.state.requests.push(record);

    const fault = options.faults.take(method, path);
    if (fault?.hang !== undefined) {
      options.track(response);
      if (fault.hang === true) return;
      await new Promise((resolve) => setTimeout(resolve, fault.hang as number));
    }
    let result: RouteResponse;
    if (fault && fault.hang === undefined && !fault.dropAfterBody) {
      const status = fault.status ?? 500;
      result = { status, body: errorBody(status, `Injected failure (sandbox fail()) for ${method} ${path}`) };
    } else {
      result = handle(options, request, method, url.pathname, path, record, bytes === undefined, raw);
    }
    record.status = result.status;
    if (fault?.dropAfterBody) {
      record.status = 0;
      request.socket.destroy();
      return;
    }
    send(response, result, fault?.headers);
    reportExchange(options, record, result);
  };
}

function reportExchange(options: HandlerOptions, record: RecordedRequest, result: RouteResponse): void {
  if (!options.onExchange) return;
  const hasBody = result.body !== undefined;
  const exchange: SandboxExchange = {
    ...record,
    // A copy: what the hook sees stays what was sent, whatever the routes do to their state later.
    query: { ...record.query },
    headers: { ...record.headers },
    body: structuredClone(record.body),
    responseBody: hasBody && !result.contentType ? structuredClone(result.body) : result.body,
    ...(hasBody ? { responseContentType: result.contentType ?? 'application/json; charset=utf-8' } : {}),
  };
  try {
    options.onExchange(exchange);
  } catch {
    // A failing observer must not change what the sandbox answers (the answer is already sent).
  }
}

function handle(
  options: HandlerOptions,
  request: IncomingMessage,
  method: string,
  pathname: string,
  path: string,
  record: RecordedRequest,
  tooLarge: boolean,
  raw: string,
): RouteResponse {
  try {
    if (!options.isAuthorized(request.headers.authorization)) {
      throw new ApiError(
        401,
        'Missing or invalid credentials: send Authorization: Basic base64(tokenId:token)',
      );
    }
    if (!pathname.startsWith('/v2/'))
      throw new ApiError(404, `Unknown path ${pathname}; the API lives below /v2`);
    const match = findRoute(options.routes, method, path);
    if (match.kind === 'not-found') throw new ApiError(404, `Unknown endpoint ${method} ${path}`);
    if (match.kind === 'method-not-allowed') {
      throw new ApiError(405, `${method} is not allowed on ${path}; allowed: ${match.allowed.join(', ')}`);
    }
    if (tooLarge) throw new ApiError(413, 'The request body is too large');
    const body = parseJsonBody(match.route, request.headers['content-type'], raw);
    record.body = body;
    return match.route.handle({
      method,
      path,
      params: match.params,
      query: record.query,
      body,
      context: options.context,
    });
  } catch (error) {
    return errorResponse(error);
  }
}

export type { FaultRule };
