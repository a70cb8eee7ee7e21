import { inspect } from 'node:util';
import { BASE_URL, nock, ORIGIN, setupNock } from '@sipgateio/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sipgateIO } from './client.js';
import type { RequestEvent, ResponseEvent, SipgateIOClient, SipgateIOClientOptions } from './client.types.js';
import type { AuthCredentials } from './credentials.js';
import {
  isSipgateIOError,
  SipgateIOAbortError,
  SipgateIOAuthenticationError,
  SipgateIOHttpError,
  SipgateIONetworkError,
  SipgateIONotFoundError,
  SipgateIOOutcomeUnknownError,
  SipgateIOPermissionError,
  SipgateIORateLimitError,
  SipgateIOTimeoutError,
  SipgateIOValidationError,
} from './errors.js';

setupNock();

afterEach(() => {
  vi.restoreAllMocks();
});

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const JWT = [
  b64('{"alg":"RS256"}'),
  Buffer.from('{"sub":"w0","secretClaim":"???>>>"}').toString('base64url'),
  'c2VjcmV0LXNpZ25hdHVyZQ',
].join('.');
const PAT_ID = 'token-SECR3T';
const PAT = '7f3c2a10-9b4e-4c1d-8e2f-0a1b2c3d4e5f';
const USER = 'ada@example.com';
const PASSWORD = 'hunter2-pässwort';

interface Kind {
  name: string;
  credentials: () => AuthCredentials;
  /** Every text that would reveal the credential. */
  secrets: string[];
  /** Credentials of this kind that fail validation, with the secret part that must not be echoed. */
  invalid: { credentials: AuthCredentials; secret: string; whenCalled?: boolean };
}

const KINDS: Kind[] = [
  {
    name: 'personal access token',
    credentials: () => ({ tokenId: PAT_ID, token: PAT }),
    secrets: [PAT, b64(`${PAT_ID}:${PAT}`), `Basic ${b64(`${PAT_ID}:${PAT}`)}`],
    invalid: { credentials: { tokenId: PAT_ID, token: `${PAT}x` }, secret: `${PAT}x` },
  },
  {
    name: 'OAuth token',
    credentials: () => ({ token: JWT }),
    secrets: [JWT, `Bearer ${JWT}`],
    invalid: { credentials: { token: 'secret-part.bm90IGpzb24.sig' }, secret: 'secret-part' },
  },
  {
    name: 'OAuth token function',
    credentials: () => ({ token: async () => JWT }),
    secrets: [JWT, `Bearer ${JWT}`],
    invalid: {
      credentials: { token: () => 'secret-part.bm90IGpzb24.sig' },
      secret: 'secret-part',
      whenCalled: true,
    },
  },
  {
    name: 'username and password',
    credentials: () => ({ username: USER, password: PASSWORD }),
    secrets: [PASSWORD, b64(`${USER}:${PASSWORD}`), `Basic ${b64(`${USER}:${PASSWORD}`)}`],
    invalid: { credentials: { username: USER, password: 'hunter2 with space' }, secret: 'hunter2' },
  },
];

/** Every text view of an error a user might log: message, own properties, cause chain, JSON, inspect. */
function everyView(error: unknown): string[] {
  const views: string[] = [];
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current !== undefined && current !== null && !seen.has(current)) {
    seen.add(current);
    views.push(String(current));
    if (typeof current === 'object') {
      const record = current as Record<PropertyKey, unknown>;
      views.push(String(record.message), String(record.stack));
      for (const key of Reflect.ownKeys(record)) {
        views.push(inspect(record[key], { depth: Number.POSITIVE_INFINITY, showHidden: true }));
      }
      views.push(JSON.stringify(current) ?? '');
    }
    views.push(inspect(current, { depth: Number.POSITIVE_INFINITY, showHidden: true }));
    current = (current as { cause?: unknown }).cause;
  }
  return views;
}

function expectClean(views: string[], secrets: string[]): void {
  const text = views.join('\n');
  for (const secret of secrets) expect(text).not.toContain(secret);
  // No credential scheme followed by anything but the redaction marker.
  expect(text).not.toMatch(/\b(Basic|Bearer)\s+(?!\[redacted\])[A-Za-z0-9._~+/=-]{6,}/i);
}

async function caught(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

interface Trigger {
  name: string;
  expected: abstract new (...args: never[]) => Error;
  run: (client: SipgateIOClient) => Promise<unknown>;
  options?: SipgateIOClientOptions;
}

const scope = () => nock(ORIGIN);

const TRIGGERS: Trigger[] = [
  ...(
    [
      [400, SipgateIOHttpError],
      [401, SipgateIOAuthenticationError],
      [403, SipgateIOPermissionError],
      [404, SipgateIONotFoundError],
      [429, SipgateIORateLimitError],
      [500, SipgateIOHttpError],
    ] as const
  ).map(
    ([status, expected]): Trigger => ({
      name: `HTTP ${status}`,
      expected,
      run: (client) => {
        scope().post('/v2/sessions/sms').reply(status, { error: 'nope' }, { 'Retry-After': '1' });
        // A token function's 401 is repeated once with a new token: that repeat is refused as well.
        if (status === 401) scope().post('/v2/sessions/sms').optionally().reply(401, { error: 'nope' });
        return client.post('/sessions/sms', { message: 'hi' });
      },
    }),
  ),
  {
    name: 'a network error whose text quotes the header',
    expected: SipgateIONetworkError,
    run: (client) => {
      scope()
        .get('/v2/users')
        .replyWithError({
          code: 'ECONNRESET',
          message: `socket hang up while sending authorization: ${allHeaders.join(' ')}`,
        });
      return client.get('users');
    },
  },
  {
    name: 'a GET timeout',
    expected: SipgateIOTimeoutError,
    options: { timeout: 30 },
    run: (client) => {
      scope().get('/v2/users').delay(150).reply(200, {});
      return client.get('users');
    },
  },
  {
    name: 'an abort',
    expected: SipgateIOAbortError,
    run: (client) => {
      scope().get('/v2/users').delay(150).reply(200, {});
      return client.get('users', { signal: AbortSignal.timeout(30) });
    },
  },
  {
    name: 'a POST timeout (outcome unknown)',
    expected: SipgateIOOutcomeUnknownError,
    options: { timeout: 30 },
    run: (client) => {
      scope().post('/v2/sessions/sms').delay(150).reply(200, {});
      return client.post('/sessions/sms', {}, { outcomeSubject: 'the SMS' });
    },
  },
  {
    name: 'a dropped POST (outcome unknown)',
    expected: SipgateIOOutcomeUnknownError,
    run: (client) => {
      scope().post('/v2/sessions/sms').replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
      return client.post('/sessions/sms', {});
    },
  },
  {
    name: 'nock’s "no match" error, which quotes the Authorization header',
    expected: SipgateIONetworkError,
    run: (client) => {
      scope().get('/v2/something-else').optionally().reply(200);
      return client.get('unmatched', { params: { q: 1 } });
    },
  },
];

// Filled per kind: the header values a network error message may quote.
let allHeaders: string[] = [];

describe.each(KINDS)('redaction with a $name', (kind) => {
  it('keeps the secret out of a validation error', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = kind.invalid.whenCalled
      ? await caught(() => sipgateIO(kind.invalid.credentials, { baseUrl: BASE_URL }).get('users'))
      : await caught(async () => sipgateIO(kind.invalid.credentials));
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expectClean(everyView(error), [kind.invalid.secret]);
  });

  it.each(TRIGGERS)('keeps the credentials out of $name and of hook payloads', async (trigger) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    allHeaders = kind.secrets;
    const events: (RequestEvent | ResponseEvent)[] = [];
    const client = sipgateIO(kind.credentials(), {
      baseUrl: BASE_URL,
      retry: 0,
      ...trigger.options,
      hooks: {
        beforeRequest: (event) => {
          events.push(event);
        },
        afterResponse: (event) => {
          events.push(event);
        },
      },
    });
    const error = await caught(() => trigger.run(client));
    expect(error).toBeInstanceOf(trigger.expected);
    expect(isSipgateIOError(error)).toBe(true);
    expect(events.length).toBeGreaterThan(0);
    expectClean(
      [...everyView(error), ...events.map((event) => inspect(event, { depth: Number.POSITIVE_INFINITY }))],
      kind.secrets,
    );
  });
});

it('the nock "no match" text really does quote the Authorization header (the test above is meaningful)', async () => {
  nock(ORIGIN).get('/v2/something-else').optionally().reply(200);
  const error = await caught(() =>
    fetch(`${BASE_URL}/unmatched`, { headers: { Authorization: `Bearer ${JWT}` } }),
  );
  expect(String((error as Error).message)).toContain(`Bearer ${JWT}`);
});
