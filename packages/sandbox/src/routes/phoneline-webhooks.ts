import type { Route, RouteRequest } from '../router.js';
import type { SandboxPhonelineWebhookSettings, SandboxWebhookLogEntry } from '../state.types.js';
import { BodyChecker } from '../validate.js';
import { lineOf } from './phoneline-state.js';

const URL_RULE = { pattern: /^(https?:\/\/\S+)?$/ };

const UNSET: SandboxPhonelineWebhookSettings = {
  incomingActive: false,
  outgoingActive: false,
  incomingUrl: '',
  outgoingUrl: '',
  log: false,
  allowSelfSigned: false,
};

// The key of an existing line's settings (a 404 for a line the user does not have).
function lineKey(request: RouteRequest): string {
  const line = lineOf(request);
  return `${request.params.userId}/${line.id}`;
}

function logItems(entries: SandboxWebhookLogEntry[]) {
  return { items: entries.map(({ phonelineId: _, ...entry }) => entry) };
}

function readSettings(body: unknown): SandboxPhonelineWebhookSettings {
  const checker = new BodyChecker(body);
  const urlRule = (key: string) => ({
    required: true,
    ...URL_RULE,
    patternMessage: `${key} must be empty or an http(s) URL`,
  });
  const incomingUrl = checker.string('incomingUrl', urlRule('incomingUrl'));
  const outgoingUrl = checker.string('outgoingUrl', urlRule('outgoingUrl'));
  const flags = {
    incomingActive: checker.boolean('incomingActive') ?? false,
    outgoingActive: checker.boolean('outgoingActive') ?? false,
    log: checker.boolean('log') ?? false,
    allowSelfSigned: checker.boolean('allowSelfSigned') ?? false,
  };
  const certificate = checker.string('certificate');
  checker.done();
  // PUT replaces the whole object: what is left out falls back to its default.
  return {
    ...flags,
    incomingUrl: incomingUrl as string,
    outgoingUrl: outgoingUrl as string,
    ...(certificate === undefined ? {} : { certificate }),
  };
}

/** A phoneline's webhook settings (read back whole, replaced whole) and the webhook logs. */
export const phonelineWebhookRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/:userId/phonelines/:phonelineId/sipgateio',
    handle: (request) => ({
      status: 200,
      body: request.context.state.phonelineWebhooks[lineKey(request)] ?? UNSET,
    }),
  },
  {
    method: 'PUT',
    pattern: '/:userId/phonelines/:phonelineId/sipgateio',
    jsonBody: true,
    handle: (request) => {
      const key = lineKey(request);
      request.context.state.phonelineWebhooks[key] = readSettings(request.body);
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    pattern: '/:userId/phonelines/:phonelineId/sipgateio/log',
    handle: (request) => {
      lineKey(request);
      const { phonelineId } = request.params;
      const entries = request.context.state.webhookLog.filter((entry) => entry.phonelineId === phonelineId);
      return { status: 200, body: logItems(entries) };
    },
  },
  {
    method: 'GET',
    pattern: '/log/webhooks',
    handle: ({ context }) => ({ status: 200, body: logItems(context.state.webhookLog) }),
  },
];
