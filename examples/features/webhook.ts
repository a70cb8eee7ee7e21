/**
 * A small IVR on the built-in webhook server: asks the caller for a digit, puts "1" through to sales and
 * rejects anything else as busy. It points the account's incoming-call webhook at itself, waits for one call
 * to end, then stops. With its own sandbox it places that call itself (the sandbox's call simulator); against
 * another API, call the number (or let that sandbox simulate a call) while it waits.
 *
 * SIPGATEIO_WEBHOOK_PUBLIC_KEY (PEM) replaces sipgate's key for the signature check, e.g. a sandbox's key.
 */
import { createServer as createNetServer } from 'node:net';
import { createWebhookModule, type HangUpEvent, RejectReason, WebhookResponse } from '@sipgateio/webhook';
import { createSettingsModule } from 'sipgateio';
import { report, runExample } from './connect.js';

const WAIT_FOR_CALL_MS = 60_000;

/** A free port on 127.0.0.1: the server must know its public address before it listens. */
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

runExample('Webhook', async ({ client, sandbox }) => {
  const url = `http://127.0.0.1:${await freePort()}/`;
  const publicKey = sandbox?.publicKey ?? process.env.SIPGATEIO_WEBHOOK_PUBLIC_KEY;
  const server = await createWebhookModule().createServer({
    port: Number(new URL(url).port),
    hostname: '127.0.0.1',
    serverAddress: url,
    ...(publicKey ? { publicKey } : {}),
  });
  try {
    server.onNewCall((event) => {
      report(`newCall from ${event.from} to ${event.to}: asking for a digit`);
      return WebhookResponse.gatherDTMF({ maxDigits: 1, timeout: 5000 });
    });
    server.onData((event) => {
      report(`the caller pressed "${event.dtmf}"`);
      return event.dtmf === '1'
        ? WebhookResponse.redirectCall({ numbers: ['+4930123456789'] })
        : WebhookResponse.rejectCall({ reason: RejectReason.BUSY });
    });
    server.onAnswer((event) => report(`answered by ${event.answeringNumber}`));
    const hungUp = new Promise<HangUpEvent>((resolve) => server.onHangUp(resolve));

    await createSettingsModule(client).setIncomingUrl(url);
    report(`listening at ${url}, set as the incoming-call webhook`);

    if (sandbox) {
      await sandbox.simulateIncomingCall({ from: '+4915791234567', to: '+4921100000000', dtmf: ['1'] });
    } else {
      report(`waiting up to ${WAIT_FOR_CALL_MS / 1000} s for a call`);
    }
    let timer: NodeJS.Timeout | undefined;
    const hangUp = await Promise.race([
      hungUp,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('No call ended in time.')), WAIT_FOR_CALL_MS);
      }),
    ]).finally(() => clearTimeout(timer));
    report(`call ${hangUp.callId} ended: ${hangUp.cause}`);
  } finally {
    await server.stop();
  }
});
