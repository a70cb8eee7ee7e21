import type { RequestOptions, SipgateIOMethods } from './client.types.js';
import { SipgateIOValidationError } from './errors.js';
import type { QueryParams } from './query.js';
import type { RequestRoute, RouteRequestOptions } from './request-route.types.js';

/** Sends one request: what `client.request` is built on (our client's request function, or an adapter's). */
export type SendRequest = (
  method: string,
  path: string,
  body: unknown,
  options: RequestOptions,
) => Promise<unknown>;

const ROUTE = /^(GET|POST|PUT|PATCH|DELETE) (\/[^\s?#]*)$/;

function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function pathValue(route: string, name: string, value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  // Encoded, `..` would still be resolved by URL parsing and address another resource of the account.
  if (typeof text !== 'string' || text.trim() === '' || text === '.' || text === '..') {
    throw new SipgateIOValidationError(
      `Invalid path parameter ${name} for ${route}: expected an id (a non-empty string), got ${shown(text)}`,
      `params.${name}`,
    );
  }
  return encodeURIComponent(text);
}

/**
 * Builds `client.request` on one send function: fills the route's path template with the encoded path
 * parameters, sends every other parameter except `body` in the query string, and `body` as the JSON request
 * body. Everything else (auth, retries, errors, hooks) is the send function's.
 */
export function routeRequest(send: SendRequest): RequestRoute {
  async function request(
    route: string,
    params: Record<string, unknown> = {},
    options: RouteRequestOptions = {},
  ): Promise<unknown> {
    const match = typeof route === 'string' ? ROUTE.exec(route) : null;
    if (!match) {
      throw new SipgateIOValidationError(
        `Invalid route: expected '<METHOD> <path>' such as 'GET /history', got ${shown(route)}`,
        'route',
      );
    }
    // The template split at its parameters: literal, name, literal, name, …, literal.
    const parts = match[2]!.split(/\{([^{}]+)\}/);
    let path = parts[0]!;
    for (let index = 1; index < parts.length; index += 2) {
      path += pathValue(route, parts[index]!, params[parts[index]!]) + parts[index + 1]!;
    }
    let query: QueryParams | undefined;
    for (const key of Object.keys(params)) {
      // Path parameter names sit at the odd indices of `parts`.
      if (key === 'body' || parts.indexOf(key) % 2 === 1) continue;
      query ??= {};
      query[key] = params[key] as QueryParams[string];
    }
    return send(match[1]!, path, params.body, query ? { ...options, params: query } : options);
  }
  return request as unknown as RequestRoute;
}

/**
 * Builds `client.request` on a client's `get/post/put/patch/delete`: the route's path with its encoded path
 * parameters, every other parameter except `body` as the query (`params`), and `body` as the request body.
 *
 * @throws {SipgateIOValidationError} (as a rejection) for a malformed route or a missing or empty path
 * parameter, naming it (`params.userId`), before any request.
 */
export function createRequestRoute(client: SipgateIOMethods): RequestRoute {
  return routeRequest((method, path, body, options) =>
    method === 'GET' || method === 'DELETE'
      ? client[method === 'GET' ? 'get' : 'delete'](path, options)
      : client[method.toLowerCase() as 'post' | 'put' | 'patch'](path, body, options),
  );
}
