import type { RequestOptions, SipgateIOMethods } from './client.types.js';
import { SipgateIOValidationError } from './errors.js';
import type { QueryParams } from './query.js';
import type { RequestRoute } from './request-route.types.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface ParsedRoute {
  method: Method;
  /** The template split at its parameters: literal, name, literal, name, …, literal. */
  parts: string[];
  names: ReadonlySet<string>;
}

const METHODS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

// Routes are a closed set of literals: parsing each once keeps a request to a few string joins.
const parsed = new Map<string, ParsedRoute>();

function parseRoute(route: unknown): ParsedRoute {
  if (typeof route === 'string') {
    const known = parsed.get(route);
    if (known) return known;
  }
  const match = typeof route === 'string' ? /^([A-Z]+) (\/[^\s?#]*)$/.exec(route) : null;
  if (!match || !METHODS.has(match[1]!)) {
    throw new SipgateIOValidationError(
      `Invalid route: expected '<METHOD> <path>' such as 'GET /history', got ${
        typeof route === 'string' ? JSON.stringify(route) : String(route)
      }`,
      'route',
    );
  }
  const parts = match[2]!.split(/\{([^{}]+)\}/);
  const names = new Set(parts.filter((_, index) => index % 2 === 1));
  const result: ParsedRoute = { method: match[1] as Method, parts, names };
  parsed.set(route as string, result);
  return result;
}

function pathValue(route: string, name: string, value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || text.trim() === '') {
    throw new SipgateIOValidationError(
      `Invalid path parameter ${name} for ${route}: expected a non-empty string, got ${
        typeof text === 'string' ? JSON.stringify(text) : String(text)
      }`,
      `params.${name}`,
    );
  }
  // Encoded, `..` would still be resolved by URL parsing and address another resource of the account.
  if (text === '.' || text === '..') {
    throw new SipgateIOValidationError(
      `Invalid path parameter ${name} for ${route}: ${JSON.stringify(text)} is not an id`,
      `params.${name}`,
    );
  }
  return encodeURIComponent(text);
}

/**
 * Builds `client.request` on a client's `get/post/put/patch/delete`: fills the route's path template with the
 * encoded path parameters, sends every other parameter except `body` in the query string, and `body` as the
 * JSON request body. Everything else (auth, retries, errors, hooks) is the client's.
 *
 * @throws {SipgateIOValidationError} (as a rejection) for a malformed route or a missing or empty path
 * parameter, naming it (`params.userId`), before any request.
 */
export function createRequestRoute(client: SipgateIOMethods): RequestRoute {
  async function request(
    route: string,
    params: Record<string, unknown> = {},
    options: Omit<RequestOptions, 'params' | 'searchParams'> = {},
  ): Promise<unknown> {
    const { method, parts, names } = parseRoute(route);
    let path = parts[0]!;
    for (let index = 1; index < parts.length; index += 2) {
      path += pathValue(route, parts[index]!, params[parts[index]!]) + parts[index + 1]!;
    }
    let query: QueryParams | undefined;
    for (const key of Object.keys(params)) {
      if (key === 'body' || names.has(key)) continue;
      query ??= {};
      query[key] = params[key] as QueryParams[string];
    }
    const requestOptions: RequestOptions = query ? { ...options, params: query } : options;
    switch (method) {
      case 'GET':
        return client.get(path, requestOptions);
      case 'DELETE':
        return client.delete(path, requestOptions);
      case 'POST':
        return client.post(path, params.body, requestOptions);
      case 'PUT':
        return client.put(path, params.body, requestOptions);
      case 'PATCH':
        return client.patch(path, params.body, requestOptions);
    }
  }
  return request as unknown as RequestRoute;
}
