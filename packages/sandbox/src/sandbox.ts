import { timingSafeEqual } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { SandboxContext } from './context.js';
import { FaultList } from './faults.js';
import { OPERATIONS } from './generated/operations.js';
import { createGenericRoutes } from './generic-routes.js';
import { generateCredentials } from './random.js';
import { bySpecificity, type Route } from './router.js';
import { accountRoutes } from './routes/account.js';
import { accountDetailsRoutes } from './routes/account-details.js';
import { callSettingsRoutes } from './routes/call-settings.js';
import { callRoutes } from './routes/calls.js';
import { contactRoutes } from './routes/contacts.js';
import { deviceSettingsRoutes } from './routes/devices-settings.js';
import { FILES_PATH, serveFile } from './routes/downloads.js';
import { faxlineRoutes } from './routes/faxlines.js';
import { groupRoutes } from './routes/groups.js';
import { historyRoutes } from './routes/history.js';
import { notificationRoutes } from './routes/notifications.js';
import { createOAuthServer } from './routes/oauth-server.js';
import { phonelineWebhookRoutes } from './routes/phoneline-webhooks.js';
import { phonelineRoutes } from './routes/phonelines.js';
import { sessionRoutes } from './routes/sessions.js';
import { settingsRoutes } from './routes/settings.js';
import { smsCallerIdRoutes } from './routes/sms-callerids.js';
import { userRoutes } from './routes/users.js';
import { voicemailBoxRoutes } from './routes/voicemail-boxes.js';
import type { Sandbox, SandboxOptions } from './sandbox.types.js';
import { createInitialState } from './seed-data.js';
import { createRequestHandler } from './server.js';
import { createSigningKeys } from './simulator/sign.js';
import { simulateCall } from './simulator/simulate-call.js';
import type { SandboxState } from './state.types.js';

// Stateful routes first, then a generic answer for every other operation of the API description; literal
// path segments are tried before `:params`, which would otherwise swallow them.
const ROUTES: readonly Route[] = bySpecificity([
  ...sessionRoutes,
  ...callRoutes,
  ...settingsRoutes,
  ...contactRoutes,
  ...historyRoutes,
  ...accountRoutes,
  ...phonelineRoutes,
  ...userRoutes,
  ...groupRoutes,
  ...accountDetailsRoutes,
  ...notificationRoutes,
  ...callSettingsRoutes,
  ...deviceSettingsRoutes,
  ...faxlineRoutes,
  ...smsCallerIdRoutes,
  ...phonelineWebhookRoutes,
  ...voicemailBoxRoutes,
  ...createGenericRoutes(OPERATIONS),
]);

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Starts a local, stateful, in-memory sipgate.io REST API with a call-flow simulator.
 *
 * @throws Error when the port cannot be bound.
 * @example
 * const sandbox = await createSandbox();
 * const client = sipgateIO(sandbox.credentials, { baseUrl: sandbox.url });
 * await createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'Hi' });
 * console.log(sandbox.state.sms);
 * await sandbox.stop();
 */
export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const credentials = options.credentials ?? generateCredentials();
  const seed = options.seed ?? 1;
  const historySize = options.historySize ?? 50;
  const basic = `Basic ${Buffer.from(`${credentials.tokenId}:${credentials.token}`).toString('base64')}`;
  const bearer = options.accessToken ? `Bearer ${options.accessToken}` : undefined;
  const timers = new Set<NodeJS.Timeout>();
  const state = {} as SandboxState;
  const context: SandboxContext = {
    state,
    fax: {
      pendingMs: options.fax?.pendingMs ?? 300,
      sendingMs: options.fax?.sendingMs ?? 300,
      advanceOnRead: options.fax?.advanceOnRead ?? false,
      outcome: options.fax?.outcome ?? 'SENT',
    },
    faxSteps: new Map(),
    now: () => new Date(),
    later: (callback, ms) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        callback();
      }, ms);
      timer.unref();
      timers.add(timer);
    },
  };
  const reset = (): void => {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
    context.faxSteps.clear();
    faults.clear();
    oauth.reset();
    // Replace the contents, not the object: `sandbox.state` stays the same reference for the caller.
    Object.assign(state, createInitialState({ seed, historySize, filesUrl: `${origin}${FILES_PATH}` }));
  };
  const faults = new FaultList();
  let origin = '';
  const oauth = createOAuthServer(options.oauth ?? {}, () => origin);

  const keys = createSigningKeys();
  const hanging = new Set<ServerResponse>();
  const sockets = new Set<Socket>();
  const isAuthorized = (header: string | undefined): boolean =>
    header !== undefined &&
    (sameText(header, basic) || (bearer !== undefined && sameText(header, bearer)) || oauth.accepts(header));
  const handler = createRequestHandler({
    context,
    routes: ROUTES,
    faults,
    ...(options.onExchange ? { onExchange: options.onExchange } : {}),
    isAuthorized,
    track: (response) => {
      hanging.add(response);
      response.on('close', () => hanging.delete(response));
    },
    login: (request) => oauth.handle(request) ?? serveFile(request, isAuthorized),
  });
  const server = createServer((request, response) => {
    handler(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  origin = `http://${urlHost}:${address.port}`;
  // Seeded once the origin is known: history entries link to files served below it.
  reset();
  const dependencies = { keys, context, timeoutMs: options.webhookTimeoutMs ?? 10_000 };

  return {
    url: `http://${urlHost}:${address.port}/v2`,
    credentials: { ...credentials },
    publicKey: keys.publicKey,
    oauth: oauth.info,
    state,
    simulateIncomingCall: (callOptions) => simulateCall(dependencies, 'in', callOptions),
    simulateOutgoingCall: (callOptions) => simulateCall(dependencies, 'out', callOptions),
    fail: (rule) => faults.add(rule),
    reset,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
