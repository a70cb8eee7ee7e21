/**
 * A tour of the sipgateio SDK. By default it runs against an embedded sandbox (a local, in-memory
 * sipgate.io), so it needs no account: `pnpm demo`.
 *
 * Against the real API (read-only): SIPGATEIO_TOKEN_ID=token-… SIPGATEIO_TOKEN=… pnpm demo --live
 * Add `--send-to +49…` to also send one SMS to that number.
 */
import { createServer as createNetServer } from 'node:net';
import { parseArgs } from 'node:util';
import { createPhonelinesModule } from '@sipgateio/phonelines';
import { createSandbox, type Sandbox } from '@sipgateio/sandbox';
import { createSettingsModule } from '@sipgateio/webhook-settings';
import {
  createCallModule,
  createContactsModule,
  createDevicesModule,
  createFaxModule,
  createHistoryModule,
  createNumbersModule,
  createRTCMModule,
  createSMSModule,
  createVoicemailsModule,
  createWebhookModule,
  FaxStatus,
  isSipgateIOError,
  RejectReason,
  type SipgateIOClient,
  sipgateIO,
  WebhookResponse,
  type WebhookServer,
} from 'sipgateio';

const RECIPIENT = '+4917612345678';
const MAIN_LINE = 'p0';
const MOBILE = '+4915799912345';

function step(title: string): void {
  console.log(`\n▶ ${title}`);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function info(text: string): void {
  console.log(`  ${text}`);
}

/** A one-page PDF, small enough to read: fax documents must be PDFs. */
function tinyPdf(): Uint8Array {
  return new TextEncoder().encode(
    [
      '%PDF-1.4',
      '1 0 obj<</Type /Catalog /Pages 2 0 R>>endobj',
      '2 0 obj<</Type /Pages /Kids [3 0 R] /Count 1>>endobj',
      '3 0 obj<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>>endobj',
      'trailer<</Root 1 0 R>>',
      '%%EOF',
      '',
    ].join('\n'),
  );
}

async function sendSms(client: SipgateIOClient): Promise<void> {
  step('SMS: send one now and schedule one for in an hour');
  const sms = createSMSModule(client);
  await sms.send({ smsId: 's0', to: RECIPIENT, message: 'Hello from the sipgateio demo!' });
  info(`sent to ${RECIPIENT}`);
  const sendAt = new Date(Date.now() + 60 * 60 * 1000);
  await sms.schedule({ smsId: 's0', to: RECIPIENT, message: 'This one comes later.' }, sendAt);
  info(`scheduled for ${sendAt.toISOString()}`);
}

async function sendFax(client: SipgateIOClient): Promise<void> {
  step('Fax: send a one-page PDF and wait until it is sent');
  const fax = createFaxModule(client);
  const { sessionId } = await fax.send({
    to: '+4921100000001',
    fileContent: tinyPdf(),
    faxlineId: 'f0',
    filename: 'demo.pdf',
  });
  info(`queued as ${sessionId}, status ${await fax.getFaxStatus(sessionId)}`);
  const status = await fax.waitForFaxStatus(sessionId, { interval: 100, timeout: 10_000 });
  info(`final status: ${status}${status === FaxStatus.SENT ? ' ✓' : ''}`);
}

async function callAndControl(client: SipgateIOClient): Promise<void> {
  step('Call: start a call, then mute it and hang up over RTCM');
  const { sessionId } = await createCallModule(client).initiate({ from: 'e0', to: RECIPIENT });
  const rtcm = createRTCMModule(client);
  info(`call ${sessionId} started; established calls: ${(await rtcm.getEstablishedCalls()).length}`);
  await rtcm.mute({ callId: sessionId }, true);
  const [call] = await rtcm.getEstablishedCalls();
  info(`muted: ${call?.muted}`);
  await rtcm.hangUp({ callId: sessionId });
  info(`hung up; established calls: ${(await rtcm.getEstablishedCalls()).length}`);
}

async function contactsRoundTrip(client: SipgateIOClient): Promise<void> {
  step('Contacts: import from CSV, export as vCard');
  const contacts = createContactsModule(client);
  await contacts.importFromCsvString(
    ['firstname,lastname,number', 'Grace,Hopper,+4915791234567', 'Alan,Turing,+4930123456789'].join('\n'),
  );
  const vcards = await contacts.exportAsVCards('PRIVATE');
  info(`${vcards.length} private contacts; the first as vCard:`);
  for (const line of (vcards[0] ?? '').trim().split(/\r?\n/)) info(`  ${line}`);
}

async function pageThroughHistory(client: SipgateIOClient, pages: number): Promise<void> {
  step(`History: the first ${pages} pages of 5 entries`);
  const history = createHistoryModule(client);
  for (let page = 0; page < pages; page += 1) {
    const entries = await history.fetchAll({}, { offset: page * 5, limit: 5 });
    info(`page ${page + 1}:`);
    for (const entry of entries) {
      info(
        `  ${entry.created.toISOString()}  ${entry.type.padEnd(9)} ${entry.direction.padEnd(15)} ${entry.source} → ${entry.target}`,
      );
    }
    if (entries.length < 5) break;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A small IVR: press 1 to be put through to sales, anything else gets a busy signal. */
async function startIvr(sandbox: Sandbox): Promise<{ server: WebhookServer; url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const server = await createWebhookModule().createServer({
    port,
    hostname: '127.0.0.1',
    serverAddress: url,
    publicKey: sandbox.publicKey, // verify the sandbox's signatures, as you would sipgate's
  });
  server.onNewCall((event) => {
    info(`  [webhook] newCall from ${event.from}: asking for a digit`);
    return WebhookResponse.gatherDTMF({ maxDigits: 1, timeout: 5000 });
  });
  server.onData((event) => {
    info(`  [webhook] caller pressed "${event.dtmf}"`);
    return event.dtmf === '1'
      ? WebhookResponse.redirectCall({ numbers: ['+4930123456789'] })
      : WebhookResponse.rejectCall({ reason: RejectReason.BUSY });
  });
  server.onAnswer((event) => info(`  [webhook] answered by ${event.answeringNumber}`));
  server.onHangUp((event) => info(`  [webhook] hung up: ${event.cause}`));
  return { server, url };
}

async function webhookDemo(client: SipgateIOClient, sandbox: Sandbox): Promise<void> {
  step('Webhooks: set the incoming URL and let the simulator call a small IVR');
  const { server, url } = await startIvr(sandbox);
  try {
    await createSettingsModule(client).setIncomingUrl(url);
    info(`incomingUrl = ${(await createSettingsModule(client).getWebhookSettings()).incomingUrl}`);
    for (const digit of ['1', '9']) {
      info(`simulated call, the caller presses ${digit}:`);
      const transcript = await sandbox.simulateIncomingCall({
        from: '+4915791234567',
        to: '+4921100000000',
        dtmf: [digit],
      });
      for (const event of transcript.events) {
        // sipgate discards the answers to answer/hangup pushes; only newCall and dtmf answers steer the call.
        const xml =
          event.event === 'newCall' || event.event === 'dtmf'
            ? event.response.replace(/<\?xml[^>]*>\s*/, '')
            : '';
        info(`  ${event.event.padEnd(8)} → ${event.status} ${xml}`.trimEnd());
      }
      const { status, cause, answeringNumber } = transcript.finalState;
      info(`  outcome: ${status} (${cause})${answeringNumber ? `, answered by ${answeringNumber}` : ''}`);
    }
  } finally {
    await server.stop();
  }
}

async function afterHours(client: SipgateIOClient): Promise<void> {
  step('After hours: forward the main line to a mobile, read its webhook log, then restore the forwarding');
  const phonelines = createPhonelinesModule(client);
  const before = await phonelines.getForwardings(MAIN_LINE);
  await phonelines.setForwardings(MAIN_LINE, [{ destination: MOBILE, timeout: 0, active: true }]);
  try {
    const now = await phonelines.getForwardings(MAIN_LINE);
    info(
      `${MAIN_LINE} forwards to ${now.map((forwarding) => `${forwarding.destination} after ${forwarding.timeout} s`).join(', ')}`,
    );
    const log = await createSettingsModule(client).getPhonelineWebhookLog(MAIN_LINE);
    info(
      `${plural(log.length, 'webhook')} logged for ${MAIN_LINE} (what sipgate sent, what the server answered):`,
    );
    for (const entry of log) {
      const event = new URLSearchParams(entry.request).get('event') ?? '?';
      info(
        `  ${entry.created.toISOString()}  ${event} → ${entry.url}: ${entry.status}${entry.xmlError ? ` (${entry.xmlError})` : ''}`,
      );
    }
  } finally {
    // Nothing is left changed on the account: the morning routing comes back even when a step failed.
    await phonelines.setForwardings(
      MAIN_LINE,
      before.map(({ destination, timeout, active }) => ({ destination, timeout, active })),
    );
    info(`restored ${plural(before.length, 'forwarding')} of ${MAIN_LINE}`);
  }
}

async function runSandboxDemo(): Promise<void> {
  // The token variables, when set, become the sandbox's credentials too: the same code path as --live.
  const tokenId = process.env.SIPGATEIO_TOKEN_ID;
  const token = process.env.SIPGATEIO_TOKEN;
  const sandbox = await createSandbox({
    ...(tokenId && token ? { credentials: { tokenId, token } } : {}),
    fax: { pendingMs: 300, sendingMs: 300 },
  });
  console.log(`sipgateio demo against a local sandbox at ${sandbox.url}`);
  try {
    const client = sipgateIO(sandbox.credentials, { baseUrl: sandbox.url });
    step('Who am I?');
    info(`web user ${await client.getAuthenticatedWebuserId()}`);
    await sendSms(client);
    await sendFax(client);
    await callAndControl(client);
    await contactsRoundTrip(client);
    await pageThroughHistory(client, 3);
    await webhookDemo(client, sandbox);
    await afterHours(client);
    step('What the sandbox recorded');
    info(
      `${sandbox.state.requests.length} requests, ${sandbox.state.sms.length} SMS, ${sandbox.state.faxes.length} fax, ${sandbox.state.transcripts.length} simulated calls`,
    );
  } finally {
    await sandbox.stop();
  }
}

async function runLiveDemo(sendTo: string | undefined): Promise<void> {
  const tokenId = process.env.SIPGATEIO_TOKEN_ID;
  const token = process.env.SIPGATEIO_TOKEN;
  if (!tokenId || !token)
    throw new Error('--live needs SIPGATEIO_TOKEN_ID and SIPGATEIO_TOKEN in the environment.');
  console.log('sipgateio demo against the real sipgate API (read-only unless --send-to is given)');
  const client = sipgateIO({ tokenId, token });
  const webuserId = await client.getAuthenticatedWebuserId();
  step('Account');
  info(`web user ${webuserId}`);
  const numbers = await createNumbersModule(client).getAllNumbers();
  info(`${numbers.items.length} numbers: ${numbers.items.map((number) => number.number).join(', ')}`);
  info(`${(await createDevicesModule(client).getDevices(webuserId)).length} devices`);
  info(`${(await createVoicemailsModule(client).getVoicemails()).length} voicemails`);
  const extensions = await createSMSModule(client).getSmsExtensions(webuserId);
  info(`SMS extensions: ${extensions.map((extension) => extension.id).join(', ') || 'none'}`);
  await pageThroughHistory(client, 1);
  step('Webhook settings');
  const settings = await createSettingsModule(client).getWebhookSettings();
  info(`incomingUrl: ${settings.incomingUrl || '(none)'}, outgoingUrl: ${settings.outgoingUrl || '(none)'}`);
  if (sendTo) {
    const smsId = extensions[0]?.id;
    if (!smsId) throw new Error('This account has no SMS extension to send from.');
    step(`Sending one SMS to ${sendTo}`);
    await createSMSModule(client).send({ smsId, to: sendTo, message: 'Hello from the sipgateio demo!' });
    info('sent');
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { live: { type: 'boolean', default: false }, 'send-to': { type: 'string' } },
  });
  if (values['send-to'] && !values.live) throw new Error('--send-to only makes sense with --live.');
  if (values.live) await runLiveDemo(values['send-to']);
  else await runSandboxDemo();
  console.log('\nDone.');
}

main().catch((error: unknown) => {
  // SDK errors never carry credentials; print the message, not the request.
  const message = isSipgateIOError(error) || error instanceof Error ? error.message : String(error);
  console.error(`\nThe demo failed: ${message}`);
  process.exitCode = 1;
});
