import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { format } from 'node:util';
import { createContactsModule } from '@sipgateio/contacts';
import {
  type AuthCredentials,
  type ClientHooks,
  type SipgateIOClient,
  type SipgateIOClientOptions,
  sipgateIO,
} from '@sipgateio/core';
import { createFaxModule } from '@sipgateio/fax';
import { createHistoryModule } from '@sipgateio/history';
import { createRTCMModule } from '@sipgateio/rtcm';
import { createSandbox, type Sandbox } from '@sipgateio/sandbox';
import { createSMSModule } from '@sipgateio/sms';
import { createSettingsModule } from '@sipgateio/webhook-settings';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { leaksIn, renderings } from './leak-search.js';

const PAT = { tokenId: 'token-SEC123', token: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d' };
const jwtPart = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** A JWT-shaped access token (core checks the shape); its signature part is the secret-looking tail. */
const ACCESS_TOKEN = `${jwtPart({ alg: 'RS256' })}.${jwtPart({ sub: 'w0', exp: 4_102_444_800 })}.c2VjcmV0LXNpZ25hdHVyZS1aUTh4`;
const BASIC = { username: 'ada@example.com', password: 'Pa55w0rd-Secret-42' };
const WRONG_TOKEN = 'ffffffff-eeee-4ddd-8ccc-bbbbbbbbbbbb';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Every credential kind, with the values that must never show up anywhere. */
const CREDENTIAL_KINDS: { kind: string; credentials: AuthCredentials; secrets: string[] }[] = [
  {
    kind: 'personal access token',
    credentials: PAT,
    secrets: [PAT.token, base64(`${PAT.tokenId}:${PAT.token}`)],
  },
  {
    kind: 'personal access token (rejected by the API)',
    credentials: { tokenId: PAT.tokenId, token: WRONG_TOKEN },
    secrets: [WRONG_TOKEN, base64(`${PAT.tokenId}:${WRONG_TOKEN}`)],
  },
  { kind: 'OAuth token', credentials: { token: ACCESS_TOKEN }, secrets: [ACCESS_TOKEN] },
  {
    kind: 'OAuth token function',
    credentials: { token: async () => ACCESS_TOKEN },
    secrets: [ACCESS_TOKEN],
  },
  {
    kind: 'username and password',
    credentials: BASIC,
    secrets: [BASIC.password, base64(`${BASIC.username}:${BASIC.password}`)],
  },
];

let sandbox: Sandbox;
const logs: string[] = [];
const warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(...renderings(warning));

beforeAll(async () => {
  sandbox = await createSandbox({ credentials: PAT, accessToken: ACCESS_TOKEN, fax: { pendingMs: 60_000 } });
});
afterAll(async () => {
  await sandbox?.stop();
});
beforeEach(() => {
  sandbox.reset();
  logs.length = 0;
  warnings.length = 0;
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logs.push(format(...args));
    });
  }
  process.on('warning', onWarning);
});
afterEach(() => {
  vi.restoreAllMocks();
  process.off('warning', onWarning);
});

/** Runs one failing operation and returns what it threw (or undefined). */
async function failure(operation: () => Promise<unknown>): Promise<unknown> {
  try {
    await operation();
    return undefined;
  } catch (error) {
    return error;
  }
}

/** Provokes every error class of core and the feature packages with `client`; returns the errors. */
async function provokeErrors(client: SipgateIOClient, options: SipgateIOClientOptions): Promise<unknown[]> {
  const sms = createSMSModule(client);
  const history = createHistoryModule(client);
  const errors: unknown[] = [];
  const add = async (operation: () => Promise<unknown>) => errors.push(await failure(operation));

  await add(() => sms.send({ smsId: 's0', to: 'not a number', message: 'x' })); // validation
  await add(() => client.get('/authorization/userinfo')); // 401 for rejected credentials, else fine
  sandbox.fail({ path: '/history', status: 403 });
  await add(() => history.fetchAll()); // permission
  await add(() => createRTCMModule(client).hangUp({ callId: 'no-such-call' })); // not found
  sandbox.fail({ method: 'POST', path: '/sessions/sms', status: 429, headers: { 'Retry-After': '3' } });
  await add(() => sms.send({ smsId: 's0', to: '+4915791234567', message: 'x' })); // rate limit
  sandbox.fail({ path: '/history', status: 400 });
  await add(() => history.fetchAll()); // general HTTP error
  // Every attempt hangs: timed-out GETs are retried (retry: 2), so all three must time out.
  sandbox.fail({ path: '/history', hang: 1500, times: 3 });
  await add(() => client.get('/history', { timeout: 200 })); // timeout
  await add(() => client.get('/history', { signal: AbortSignal.abort() })); // abort
  sandbox.fail({ method: 'POST', path: '/sessions/sms', dropAfterBody: true });
  await add(() => sms.send({ smsId: 's0', to: '+4915791234567', message: 'x' })); // outcome unknown
  const unreachable = sipgateIO(CREDENTIALS_OF.get(client) as AuthCredentials, {
    ...options,
    baseUrl: 'http://127.0.0.1:9/v2',
  });
  await add(() => unreachable.get('/history')); // network error
  // The sender is switched to callerid 1, the send goes out, restoring callerid 0 fails: SmsSenderRestoreError.
  sandbox.fail({ method: 'PUT', path: '/w0/sms/s0/callerids/0', status: 400, times: 3 });
  await add(() => sms.send({ from: '+4921100000000', to: '+4915791234567', message: 'x' }));
  sandbox.fail({ method: 'PUT', path: '/history', status: 400 });
  await add(() =>
    history.batchUpdateEvents([{ id: sandbox.state.history[0]?.id as string }], () => ({ starred: true })),
  );
  sandbox.state.contacts.push({
    id: 'shared-secret-test',
    name: 'Shared',
    picture: null,
    emails: [],
    numbers: [],
    addresses: [],
    organization: [],
    scope: 'SHARED',
  });
  sandbox.fail({ method: 'DELETE', path: '/contacts/shared-secret-test', status: 403 });
  await add(() => createContactsModule(client).deleteAllShared());
  const fax = createFaxModule(client);
  await add(async () => {
    const { sessionId } = await fax.send({ faxlineId: 'f0', to: '+4921100000099', fileContent: PDF });
    return fax.waitForFaxStatus(sessionId, { timeout: 150, interval: 50 });
  });
  await add(() => createSettingsModule(client).setIncomingUrl('ftp://nope'));
  return errors.filter((error) => error !== undefined);
}

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<< /Type /Page >>endobj\ntrailer<<>>\n%%EOF\n');
const CREDENTIALS_OF = new WeakMap<SipgateIOClient, AuthCredentials>();
const provokedErrorNames = new Set<string>();

describe('no credential in errors, hook payloads or logs', () => {
  it('the leak search finds a secret hidden in a non-enumerable property of a nested cause', () => {
    const inner = new Error('inner');
    Object.defineProperty(inner, 'config', {
      value: { headers: { Authorization: `Bearer ${ACCESS_TOKEN}` } },
    });
    const outer = new Error('outer', { cause: new Error('middle', { cause: inner }) });
    expect(leaksIn('probe', renderings(outer), [ACCESS_TOKEN])).not.toEqual([]);
  });

  it.each(CREDENTIAL_KINDS)(
    '$kind',
    async ({ credentials, secrets }) => {
      const hookEvents: unknown[] = [];
      const hooks: ClientHooks = {
        beforeRequest: (event) => {
          hookEvents.push(event);
        },
        afterResponse: (event) => {
          hookEvents.push(event);
        },
      };
      const options: SipgateIOClientOptions = { baseUrl: sandbox.url, timeout: 2000, retry: 2, hooks };
      const client = sipgateIO(credentials, options);
      CREDENTIALS_OF.set(client, credentials);
      const errors = await provokeErrors(client, options);

      const names = new Set(errors.map((error) => (error as Error).name));
      for (const name of names) provokedErrorNames.add(name);
      expect(names.size).toBeGreaterThanOrEqual(8);
      expect(hookEvents.length).toBeGreaterThan(10);
      const leaks = [
        ...errors.flatMap((error) => leaksIn(`error ${(error as Error).name}`, renderings(error), secrets)),
        ...hookEvents.flatMap((event) => leaksIn('hook payload', renderings(event), secrets)),
        ...leaksIn('client', renderings(client), secrets),
        ...leaksIn('console output', logs, secrets),
        ...leaksIn('process warning', warnings, secrets),
      ];
      expect(leaks).toEqual([]);
    },
    60_000,
  );

  it('the runs above covered every error class of core and the REST feature packages', () => {
    expect([...provokedErrorNames].sort()).toEqual(
      [
        'ContactsDeletionError',
        'FaxStatusTimeoutError',
        'HistoryBatchUpdateError',
        'SipgateIOAbortError',
        'SipgateIOAuthenticationError',
        'SipgateIOHttpError',
        'SipgateIONetworkError',
        'SipgateIONotFoundError',
        'SipgateIOOutcomeUnknownError',
        'SipgateIOPermissionError',
        'SipgateIORateLimitError',
        'SipgateIOTimeoutError',
        'SipgateIOValidationError',
        'SmsSenderRestoreError',
      ].sort(),
    );
  }, 60_000);

  it.each([
    [
      'a malformed personal access token',
      { tokenId: 'token-ABC123', token: 'not-a-uuid-SECRETVALUE' },
      'SECRETVALUE',
    ],
    ['a malformed token id', { tokenId: 'SECRETVALUE id', token: PAT.token }, PAT.token],
    ['an empty password', { username: 'ada@example.com', password: '' }, 'ada@example.com:'],
    ['an OAuth token function returning garbage', { token: () => 'bad token SECRETVALUE\n' }, 'SECRETVALUE'],
  ] as [string, AuthCredentials, string][])(
    'credential validation of %s echoes no secret',
    async (_label, credentials, secret) => {
      const error = await failure(async () => {
        const client = sipgateIO(credentials, { baseUrl: sandbox.url, retry: 0 });
        await client.get('/history');
      });
      expect(error).toBeInstanceOf(Error);
      expect(leaksIn('validation error', renderings(error), [secret, PAT.token])).toEqual([]);
      expect(leaksIn('console output', logs, [secret, PAT.token])).toEqual([]);
    },
  );
});

describe('the demo', () => {
  const root = resolve(import.meta.dirname, '../../..');
  const demo = resolve(root, 'examples/demo.ts');
  const tsx = resolve(root, 'examples/node_modules/.bin/tsx');
  // The demo imports the built packages (as users do); without a build it cannot run here.
  const runnable =
    existsSync(demo) && existsSync(tsx) && existsSync(resolve(root, 'packages/sipgateio/dist'));

  it.runIf(runnable)(
    'prints no token or Authorization value (run with tsx as a child process)',
    async () => {
      const output = await new Promise<{ code: number | null; text: string }>((done, reject) => {
        const child = spawn(tsx, ['demo.ts'], {
          cwd: resolve(root, 'examples'),
          env: { ...process.env, SIPGATEIO_TOKEN_ID: PAT.tokenId, SIPGATEIO_TOKEN: PAT.token },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let text = '';
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        child.stderr.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`The demo did not finish within 60 s:\n${text}`));
        }, 60_000);
        child.once('exit', (code) => {
          clearTimeout(timer);
          done({ code, text });
        });
      });
      expect(output.code).toBe(0);
      expect(output.text).toContain('Done.');
      expect(
        leaksIn('demo output', [output.text], [PAT.token, base64(`${PAT.tokenId}:${PAT.token}`)]),
      ).toEqual([]);
    },
    70_000,
  );

  it.skipIf(runnable)('is skipped: examples/demo.ts or the built packages (pnpm build) are missing', () => {
    // In CI the packages are built before the tests: a missing demo there is a defect, not a reason to skip.
    expect(
      process.env.CI,
      'the demo must run in CI: examples/demo.ts, tsx or the build is missing',
    ).toBeFalsy();
    console.info('[reliability] demo secrets check skipped: build the packages first (pnpm build).');
  });
});
