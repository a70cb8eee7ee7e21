import type { ErrorMessages, RequestOptions, SipgateIOClient, SipgateIORestClient } from './client.types.js';
import { isSipgateIOError, SipgateIOError } from './errors.js';
import { DEFAULT_MESSAGES, errorFromResponse } from './map-error.js';
import { isOwnClient } from './own-client.js';
import { routeRequest } from './request-route.js';

export { isOwnClient, markOwnClient } from './own-client.js';

/**
 * The client a feature module talks to. Our own client is returned as it is: it understands every request
 * option (error messages, outcome subjects, signals, timeouts). Any other object with
 * `get/post/put/patch/delete` (a user's mock or wrapper, written against the original SDK) sees the calls the
 * original made: the same path, a config argument only when there are query parameters (`{ params }`), plain
 * JSON bodies; and its rejections shaped `{ response: { status, data } }` become our typed HTTP errors with
 * the original's message for that status (`originalMessages`, then `Unauthorized`/`Forbidden`, then the
 * rejection's own message).
 *
 * @example
 * ```ts
 * export function createThingModule(input: SipgateIOClient) {
 *   const client = adaptClient(input, { 404: 'Thing was not found' });
 *   return { read: (id: string) => client.get(`things/${id}`, { errorMessages: { 404: 'No thing ' + id } }) };
 * }
 * ```
 * @throws {SipgateIOHttpError} (as a rejection from the returned client's methods) for a foreign client's
 * rejection that carries `response.status`; other rejections pass through unchanged.
 */
export function adaptClient(
  client: SipgateIOClient,
  originalMessages: ErrorMessages = {},
): SipgateIORestClient {
  if (isOwnClient(client)) return client as SipgateIORestClient;
  const messages = { ...DEFAULT_MESSAGES, ...originalMessages };
  // Methods are looked up on every call: the original's tests assign mock methods after creating the module.
  const send = async (method: string, path: string, body: unknown, options?: RequestOptions) => {
    const args = configArguments(options);
    if (method !== 'GET' && method !== 'DELETE') args.unshift(await plainBody(body));
    const name = method.toLowerCase();
    const call = (client as unknown as Record<string, unknown>)[name];
    // A mock that leaves a method out fails as it did with the original, which called it directly.
    if (typeof call !== 'function') throw new TypeError(`client.${name} is not a function`);
    try {
      return await call.apply(client, [path, ...args]);
    } catch (error) {
      throw foreignError(error, method, path, messages);
    }
  };
  return {
    get: (path, options) => send('GET', path, undefined, options),
    delete: (path, options) => send('DELETE', path, undefined, options),
    post: (path, body, options) => send('POST', path, body, options),
    put: (path, body, options) => send('PUT', path, body, options),
    patch: (path, body, options) => send('PATCH', path, body, options),
    getAuthenticatedWebuserId: () => client.getAuthenticatedWebuserId(),
    getWebUsers: () => client.getWebUsers(),
    // Operations the original never wrapped get the same calls: the route's path, query as `{ params }`.
    request: routeRequest(send),
    // The original had no downloads: a client that is not ours downloads only if it brings its own method.
    async download(url, options) {
      const own = (client as { download?: SipgateIORestClient['download'] }).download;
      if (typeof own === 'function') return own.call(client, url, options);
      throw new SipgateIOError('download() needs a client made by sipgateIO()');
    },
  };
}

// The original passed a config object only to carry query parameters, and then always as `{ params }`.
function configArguments(options: RequestOptions | undefined): unknown[] {
  const params = options?.params ?? options?.searchParams;
  return params === undefined ? [] : [{ params }];
}

// A JSON Blob (a body assembled for streaming) becomes the object it encodes; values that serialise
// themselves (`toJSON`, e.g. lazily encoded file content) become what they serialise to. Dates stay Dates.
async function plainBody(body: unknown): Promise<unknown> {
  if (typeof Blob !== 'undefined' && body instanceof Blob && /json/i.test(body.type)) {
    return JSON.parse(await body.text());
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const entries = Object.entries(body);
  if (!entries.some(([, value]) => serialisesItself(value))) return body;
  return Object.fromEntries(
    entries.map(([key, value]) => [
      key,
      serialisesItself(value) ? (value as { toJSON(): unknown }).toJSON() : value,
    ]),
  );
}

function serialisesItself(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Date) &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  );
}

// Transport errors of the original (axios-shaped) carry `response.status` and `response.data`.
function foreignError(error: unknown, method: string, path: string, messages: ErrorMessages): unknown {
  if (isSipgateIOError(error)) return error;
  const response = (error as { response?: { status?: unknown; data?: unknown } } | null)?.response;
  const status = response?.status;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 200 || status > 599) return error;
  const ownMessage = (error as { message?: unknown }).message;
  const message =
    messages[status] ?? (typeof ownMessage === 'string' && ownMessage !== '' ? ownMessage : undefined);
  return errorFromResponse(
    { method, path },
    new Response(null, { status }),
    response?.data,
    message === undefined ? {} : { [status]: message },
  );
}
