import {
  type PersonalAccessTokenCredentials,
  SDK_VERSION,
  type SipgateIOClient,
  type SipgateIOClientOptions,
  type SipgateIORestClient,
  sipgateIO,
} from '@sipgateio/core';
import nock from 'nock';
import { afterEach, beforeEach, expect } from 'vitest';

/** Origin and base URL unit tests talk to (intercepted by nock; no real traffic). */
export const ORIGIN = 'https://api.sipgate.com';
export const BASE_URL = `${ORIGIN}/v2`;

/** Valid personal-access-token credentials and the Authorization header they produce. */
export const TEST_CREDENTIALS: PersonalAccessTokenCredentials = {
  tokenId: 'token-ABC123',
  token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372',
};
export const AUTH_HEADER = `Basic ${Buffer.from(`${TEST_CREDENTIALS.tokenId}:${TEST_CREDENTIALS.token}`).toString('base64')}`;

/** Headers every request must carry. */
export const EXPECTED_HEADERS = {
  authorization: AUTH_HEADER,
  accept: 'application/json',
  'content-type': 'application/json',
  'x-sipgate-version': SDK_VERSION,
  'x-sipgate-client': (value: string) => JSON.parse(value).type === 'node',
};

/** A client for unit tests: test credentials, the nock'ed base URL, retries off unless asked for. */
/**
 * A JWT-shaped token with the given payload, base64url without padding as modern issuers send it (the client
 * checks the shape of what a token function returns; the signature is not checked).
 */
export function fakeJwt(payload: object): string {
  return [
    Buffer.from('{"alg":"RS256","typ":"JWT"}').toString('base64url'),
    Buffer.from(JSON.stringify(payload)).toString('base64url'),
    'c2lnbmF0dXJl',
  ].join('.');
}

export function createTestClient(options: SipgateIOClientOptions = {}): SipgateIORestClient {
  return sipgateIO(TEST_CREDENTIALS, { baseUrl: BASE_URL, retry: 0, ...options });
}

/** A nock scope on the API origin that insists on the auth and telemetry headers. */
export function api(): nock.Scope {
  return nock(ORIGIN, { reqheaders: EXPECTED_HEADERS });
}

/** Headers a download from the API's origin carries (`client.download`): the usual ones, any type accepted. */
export const DOWNLOAD_HEADERS = { ...EXPECTED_HEADERS, accept: '*/*' };

/** A nock scope on the API origin that insists on the headers of a download. */
export function downloadApi(): nock.Scope {
  return nock(ORIGIN, { reqheaders: DOWNLOAD_HEADERS });
}

/** The error a promise rejects with; a fulfilment fails the test. */
export function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

/**
 * Registers hooks for a test file: no real network (loopback stays allowed for local servers), and every
 * interceptor must have been used by the end of each test.
 */
export function setupNock(): void {
  beforeEach(() => {
    nock.disableNetConnect();
    nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
  });
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    nock.enableNetConnect();
    expect(pending, 'unused nock interceptors').toEqual([]);
  });
}

export { nock };

/** One request a test expects: method, path on the API origin (with `/v2`), and for PUT/POST the exact JSON body. */
export interface ExpectedRequest {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  path: string;
  /** The JSON body; a PUT or POST without one must send no body at all. */
  body?: nock.DataMatcherMap;
}

/** Intercepts exactly this request (auth and telemetry headers included) and answers `status` with `reply`. */
export function interceptRequest(request: ExpectedRequest, status: number, reply?: nock.Body): nock.Scope {
  const scope = api();
  const noBody = (body: unknown) => body === '' || body === undefined;
  const interceptor =
    request.method === 'GET'
      ? scope.get(request.path)
      : request.method === 'DELETE'
        ? scope.delete(request.path)
        : request.method === 'PUT'
          ? scope.put(request.path, request.body ?? noBody)
          : scope.post(request.path, request.body ?? noBody);
  return reply === undefined ? interceptor.reply(status) : interceptor.reply(status, reply);
}

/**
 * A user's own client shaped like the original SDK's (get/put/post/patch/delete, not made by `sipgateIO`), for
 * tests of the drop-in path: `calls` records every call as `[method, ...arguments]`, each method resolves what
 * `answers` gives for it.
 */
export function createRecordingClient(
  answers: Partial<Record<'get' | 'put' | 'post' | 'patch' | 'delete', unknown>> = {},
): {
  client: SipgateIOClient;
  calls: unknown[][];
} {
  const calls: unknown[][] = [];
  const method =
    (name: keyof typeof answers) =>
    async <T>(...args: unknown[]): Promise<T> => {
      calls.push([name, ...args]);
      return answers[name] as T;
    };
  const client: SipgateIOClient = {
    get: method('get'),
    put: method('put'),
    post: method('post'),
    patch: method('patch'),
    delete: method('delete'),
    getAuthenticatedWebuserId: async () => 'w0',
    getWebUsers: async () => [],
  };
  return { client, calls };
}

/**
 * What a 403's message is: `message` (the feature's or core's), then the operation and the scopes that allow
 * it ("Forbidden (GET /calls). The token needs one of the scopes rtcm:read, all.").
 */
export function namingScopes(message: string): unknown {
  const literal = message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return expect.stringMatching(
    new RegExp(`^${literal} \\([A-Z]+ [^)]+\\)\\. The token needs one of the scopes [a-z:]+(, [a-z:]+)*\\.$`),
  );
}
