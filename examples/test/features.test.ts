/**
 * Every script in examples/features runs as users run it (tsx over the built packages) against one shared
 * sandbox named by SIPGATEIO_BASE_URL and the token variables, exits 0, and leaves in the sandbox what it says
 * it did. Two scripts also run without the variables, starting a sandbox of their own.
 */
import { execFile, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { type ContractRecorder, createContractRecorder } from '@sipgateio/contract';
import { createSandbox, type RecordedRequest, type Sandbox } from '@sipgateio/sandbox';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_LIMIT_MS, SCRIPT_LIMIT_MS } from './limits.js';

const root = resolve(import.meta.dirname, '../..');
const features = resolve(import.meta.dirname, '../features');

interface Run {
  code: number | null;
  output: string;
}

/** Runs `features/<name>.ts`; `onOutput` sees the output so far after every chunk (e.g. to drive a call). */
function runFeature(
  name: string,
  env: Record<string, string | undefined>,
  onOutput?: (output: string) => void,
): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(resolve(root, 'examples/node_modules/.bin/tsx'), [`${name}.ts`], {
      cwd: features,
      env: { ...process.env, SIPGATEIO_BASE_URL: '', SIPGATEIO_TOKEN_ID: '', SIPGATEIO_TOKEN: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      onOutput?.(output);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', reject);
    // Generous: in a full `pnpm check` every project's tests share two cores with this child.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`features/${name}.ts did not finish in ${SCRIPT_LIMIT_MS / 1000} s:\n${output}`));
    }, SCRIPT_LIMIT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, output });
    });
  });
}

let sandbox: Sandbox;
let env: Record<string, string>;
let contract: ContractRecorder;

/** Runs a script against the shared sandbox and returns its run and the requests it made. */
async function runAgainstSandbox(
  name: string,
  onOutput?: (output: string) => void,
): Promise<Run & { requests: RecordedRequest[] }> {
  const before = sandbox.state.requests.length;
  const run = await runFeature(name, env, onOutput);
  expect(run.code, run.output).toBe(0);
  expect(run.output).toContain(`using the API at ${sandbox.url}`);
  expect(run.output).toContain('done');
  for (const secret of [sandbox.credentials.token, sandbox.credentials.tokenId]) {
    expect(run.output).not.toContain(secret);
  }
  const requests = sandbox.state.requests.slice(before);
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((request) => request.status >= 400)).toEqual([]);
  return { ...run, requests };
}

const calls = (requests: RecordedRequest[]) => requests.map((request) => `${request.method} ${request.path}`);

describe('examples/features', () => {
  beforeAll(async () => {
    // The scripts import the built packages, exactly like users (and the demo test) do.
    await promisify(execFile)('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@sipgateio/examples^...'], {
      cwd: root,
      timeout: BUILD_LIMIT_MS,
    });
    // Every request the scripts send and every answer is checked against sipgate's OpenAPI description.
    contract = await createContractRecorder();
    sandbox = await createSandbox({ fax: { pendingMs: 50, sendingMs: 50 }, onExchange: contract.onExchange });
    env = {
      SIPGATEIO_BASE_URL: sandbox.url,
      SIPGATEIO_TOKEN_ID: sandbox.credentials.tokenId,
      SIPGATEIO_TOKEN: sandbox.credentials.token,
      SIPGATEIO_WEBHOOK_PUBLIC_KEY: sandbox.publicKey,
    };
  });
  afterAll(async () => {
    await sandbox?.stop();
  });
  afterEach(() => {
    contract.assertNoViolations();
  });

  it('has one script per feature, and this test runs each of them', () => {
    const scripts = readdirSync(features)
      .filter((file) => file.endsWith('.ts') && file !== 'connect.ts')
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    expect(scripts).toEqual(
      [
        'account',
        'call',
        'contacts',
        'devices',
        'downloads',
        'fax',
        'history',
        'numbers',
        'phonelines',
        'rtcm',
        'sms',
        'voicemails',
        'webhook',
        'webhook-settings',
        'users',
        'groups',
        'device-settings',
        'faxlines',
        'sms-callerids',
      ].sort(),
    );
  });

  it('sms: sends one SMS now and schedules one', async () => {
    const { requests } = await runAgainstSandbox('sms');
    expect(calls(requests)).toEqual(['POST /sessions/sms', 'POST /sessions/sms']);
    expect(sandbox.state.sms.slice(-2)).toMatchObject([
      {
        smsId: 's0',
        recipient: '+4917612345678',
        message: 'Hello from examples/features/sms.ts',
        scheduled: false,
      },
      { smsId: 's0', recipient: '+4917612345678', message: 'This one comes an hour later.', scheduled: true },
    ]);
  });

  it('fax: sends a PDF from f0 and waits until it is SENT', async () => {
    const { output } = await runAgainstSandbox('fax');
    expect(output).toContain('final status: SENT');
    const fax = sandbox.state.faxes.at(-1);
    expect(fax).toMatchObject({
      faxlineId: 'f0',
      recipient: '+4921100000001',
      filename: 'features-example.pdf',
    });
    expect(Buffer.from(fax?.base64Content ?? '', 'base64').toString('latin1')).toMatch(/^%PDF-1\.4/);
    expect(sandbox.state.history.find((entry) => entry.id === fax?.id)).toMatchObject({
      type: 'FAX',
      faxStatusType: 'SENT',
    });
  });

  it('call: starts a call from e0', async () => {
    const { requests } = await runAgainstSandbox('call');
    expect(calls(requests)).toEqual(['POST /sessions/calls']);
    expect(sandbox.state.calls.filter((call) => call.callee === '+4921100000002')).toMatchObject([
      { origin: 'session', status: 'established' },
    ]);
  });

  it('rtcm: mutes a call, sends DTMF and hangs up', async () => {
    await runAgainstSandbox('rtcm');
    expect(sandbox.state.calls.filter((call) => call.callee === '+4921100000003')).toMatchObject([
      { origin: 'session', muted: true, dtmf: ['1'], status: 'ended' },
    ]);
  });

  it('contacts: creates a private contact', async () => {
    await runAgainstSandbox('contacts');
    expect(sandbox.state.contacts.filter((contact) => contact.name === 'Grace Hopper')).toMatchObject([
      {
        scope: 'PRIVATE',
        numbers: [{ number: '+4915791234567' }],
        emails: [{ email: 'grace@example.com' }],
      },
    ]);
  });

  it('history: stars the newest entry and adds a note', async () => {
    const { output } = await runAgainstSandbox('history');
    const id = /starred (\S+) and added a note/.exec(output)?.[1];
    expect(sandbox.state.history.find((entry) => entry.id === id)).toMatchObject({
      starred: true,
      note: 'Checked by examples/features/history.ts',
    });
  });

  it.each([
    ['numbers', ['GET /numbers']],
    ['devices', ['GET /authorization/userinfo', 'GET /w0/devices']],
    [
      'voicemails',
      [
        'GET /voicemails',
        'GET /voicemails/v0',
        'GET /voicemails/v0',
        'GET /authorization/userinfo',
        'GET /w0/phonelines/p0/voicemails/v0/greetings',
        // Transcription toggled (the box is looked up for its line), read back, and restored.
        'GET /voicemails/v0',
        'PUT /w0/phonelines/p0/voicemails/v0/transcriptions',
        'GET /voicemails/v0',
        'GET /voicemails/v0',
        'PUT /w0/phonelines/p0/voicemails/v0/transcriptions',
      ],
    ],
  ])('%s: reads the account and prints it', async (name, expected) => {
    const { requests } = await runAgainstSandbox(name);
    expect(calls(requests)).toEqual(expected);
  });

  it('users: lists the users and sets busy on busy for the authenticated one', async () => {
    const { requests, output } = await runAgainstSandbox('users');
    expect(calls(requests)).toEqual([
      'GET /users',
      'GET /authorization/userinfo',
      'GET /users/w0',
      'PUT /users/w0/busyonbusy',
      'PUT /users/w0/defaultdevice',
      'PUT /users/w0/role',
      'PUT /users/w0/location',
    ]);
    expect(output).toContain('2 users');
    expect(sandbox.state.users[0]).toMatchObject({
      id: 'w0',
      busyOnBusy: true,
      defaultDevice: 'e0',
      admin: true,
      addressId: '13',
    });
  });

  it("groups: lists w0's groups and takes a device out of g0 and back in", async () => {
    const { requests, output } = await runAgainstSandbox('groups');
    expect(calls(requests)).toEqual([
      'GET /authorization/userinfo',
      'GET /w0/devices',
      'GET /groups',
      'GET /groups/g0/users',
      'GET /groups/g0/numbers',
      'GET /groups/g0/faxlines',
      'GET /groupfaxlines/f10/callerid',
      'GET /groups/g0/voicemail',
      'DELETE /groups/g0/devices/e0',
      'POST /groups/g0/devices',
    ]);
    expect(requests[2]?.query).toEqual({ userId: 'w0' });
    expect(output).toContain('fax line f10 "Fax of Support" sends as +4921100000000');
    expect(sandbox.state.devices.w0?.[0]?.activeGroups).toEqual([{ id: 'g0', alias: 'Support' }]);
  });

  it('phonelines: forwards the main line after hours and opens a support line', async () => {
    const { output } = await runAgainstSandbox('phonelines');
    expect(output).toContain('forwards to +4915799912345 after 20 s');
    const [main, support] = sandbox.state.phonelines.w0 ?? [];
    expect(main).toMatchObject({
      id: 'p0',
      forwardings: [{ destination: '+4915799912345', timeout: 20, active: true }],
      blockAnonymous: { enabled: true, target: 'VOICEMAIL' },
    });
    expect(sandbox.state.voicemailSettings.v0?.greetings.find((greeting) => greeting.active)).toMatchObject({
      alias: 'after-hours.mp3',
    });
    expect(support).toMatchObject({ alias: 'Support hotline' });
    const desk = (sandbox.state.devices.w0 ?? []).find((device) => device.id === 'e0');
    expect(desk?.activePhonelines).toContainEqual({ id: support?.id, alias: 'Support hotline' });
  });

  it('account: blocks a caller, adds a voicemail SMS notification, bars roaming and records e0', async () => {
    const { requests } = await runAgainstSandbox('account');
    expect(calls(requests)).toContain('POST /blacklist/incoming');
    const settings = sandbox.state.accountSettings;
    expect(settings.blacklist).toContainEqual({ phoneNumber: '+4915790000666', isBlock: false });
    expect(settings.notifications.w0).toContainEqual(
      expect.objectContaining({ kind: 'voicemail/sms', endpointId: 'v0', number: '+4915799912345' }),
    );
    expect(settings.callRestrictions.w0?.roaming).toBe(true);
    expect(settings.autorecording.e0).toBe(true);
  });

  it('downloads: saves a voicemail recording and reads a fax document through the client', async () => {
    const { output, requests } = await runAgainstSandbox('downloads');
    expect(calls(requests)).toEqual(['GET /history', 'GET /history']);
    expect(output).toMatch(/voicemail \S+: 1644 bytes of audio\/wav saved as /);
    expect(output).toMatch(/fax \S+: \d+ bytes of application\/pdf, starts with %PDF-1\.4/);
  });

  it('webhook-settings: sets the incoming URL and the log, for the account and for line p0', async () => {
    const { output } = await runAgainstSandbox('webhook-settings');
    expect(sandbox.state.settings).toMatchObject({
      incomingUrl: 'https://example.com/sipgate/incoming',
      log: true,
    });
    expect(sandbox.state.phonelineWebhooks['w0/p0']).toMatchObject({
      incomingUrl: 'https://example.com/sipgate/p0/incoming',
      incomingActive: true,
      log: true,
    });
    expect(output).toContain(
      'p0 log: 2025-06-01T11:58:00.000Z https://example.com/sipgate/incoming answered 404',
    );
  });

  it('webhook: sets itself as incoming URL and answers a simulated call, signatures verified', async () => {
    let call: ReturnType<Sandbox['simulateIncomingCall']> | undefined;
    await runAgainstSandbox('webhook', (output) => {
      // The sandbox calls the account's incomingUrl, which the script has just set to itself.
      if (!call && output.includes('set as the incoming-call webhook')) {
        call = sandbox.simulateIncomingCall({ from: '+4915791234567', to: '+4921100000000', dtmf: ['1'] });
      }
    });
    const transcript = await call;
    const url = sandbox.state.settings.incomingUrl;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(transcript?.events.map((event) => `${event.event} ${event.status}`)).toEqual([
      'newCall 200',
      'dtmf 200',
      'answer 200',
      'hangup 200',
    ]);
    expect(transcript?.finalState).toMatchObject({
      status: 'completed',
      answeringNumber: '+4930123456789',
      gathered: ['1'],
    });
  });

  it('device-settings: changes e0 and y0, creates two devices and toggles the new SIM', async () => {
    await runAgainstSandbox('device-settings');
    expect(sandbox.state.deviceSettings.e0).toMatchObject({
      callerId: '+4921100000000',
      localPrefix: { value: '0211', active: true },
      tariffAnnouncement: true,
    });
    expect(sandbox.state.deviceSettings.y0).toMatchObject({ singleRowDisplay: true });
    expect(sandbox.state.devices.w0?.slice(-2)).toMatchObject([
      { type: 'EXTERNAL', alias: 'Home', number: '+4921112345678' },
      { type: 'MOBILE', alias: 'Second mobile', simState: 'INACTIVE' },
    ]);
    expect(sandbox.state.devices.w0?.[0]).toMatchObject({ id: 'e0', alias: 'VoIP phone of Ada' });
  });

  it('faxlines: creates a line, resends a fax from it and deletes it', async () => {
    const { requests } = await runAgainstSandbox('faxlines');
    expect(calls(requests)).toContain('POST /sessions/fax/resend');
    expect(sandbox.state.faxlines.w0?.map((line) => line.id)).toEqual(['f0']);
    expect(sandbox.state.faxes.slice(-2).map((fax) => fax.recipient)).toEqual([
      '+4921100000004',
      '+4921100000004',
    ]);
    expect(sandbox.state.faxes.at(-1)?.faxlineId).toMatch(/^f[1-9]/);
  });

  it('sms-callerids: adds and verifies a number, then removes it and restores the alias', async () => {
    const { requests } = await runAgainstSandbox('sms-callerids');
    expect(calls(requests)).toContain('POST /w0/sms/s0/callerids/3/verification');
    expect(sandbox.state.callerIds.s0?.map((callerId) => callerId.phonenumber)).not.toContain(
      '+4915711111111',
    );
    expect(sandbox.state.smsExtensions.w0?.[0]?.alias).toBe('SMS of Ada');
  });

  it.each(['sms', 'webhook'])('%s: without the variables, starts a sandbox of its own', async (name) => {
    const run = await runFeature(name, {});
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/using a sandbox of its own at http:\/\/127\.0\.0\.1:\d+\/v2/);
    expect(run.output).toContain('done');
  });

  it('refuses SIPGATEIO_BASE_URL without the token variables', async () => {
    const run = await runFeature('numbers', { SIPGATEIO_BASE_URL: sandbox.url });
    expect(run.code).toBe(1);
    expect(run.output).toContain(
      'SIPGATEIO_BASE_URL is set: set SIPGATEIO_TOKEN_ID and SIPGATEIO_TOKEN too.',
    );
  });
});
