import { adaptClient, runExclusive, type SipgateIOClient, validateWebhookUrl } from '@sipgateio/core';
import { validateLog } from './validate-log.js';
import { validateWhitelist } from './validate-whitelist.js';
import type { WebhookSettings, WebhookSettingsModule } from './webhook-settings.types.js';

const SETTINGS_PATH = 'settings/sipgateio';
// One queue per client for everything that touches the settings object, shared by all modules of that client.
const QUEUE = 'webhook-settings';
const ERROR_MESSAGES = { 403: 'sipgateIO is not booked for your account (or insufficient scopes)' } as const;

/**
 * Creates the webhook settings module: the account-wide sipgate.io webhook URLs, extension whitelist and log
 * flag (scopes `settings:sipgateio:read` and `settings:sipgateio:write`).
 *
 * @example
 * ```ts
 * const settings = createSettingsModule(sipgateIO({ tokenId, token }));
 * await Promise.all([
 *   settings.setIncomingUrl('https://example.com/webhooks/incoming'),
 *   settings.setWhitelist(['p0', 'g1']),
 * ]);
 * console.log(await settings.getWebhookSettings());
 * ```
 */
export function createSettingsModule(sipgateClient: SipgateIOClient): WebhookSettingsModule {
  const client = adaptClient(sipgateClient, ERROR_MESSAGES);
  function read(): Promise<WebhookSettings> {
    return client.get<WebhookSettings>(SETTINGS_PATH, { errorMessages: ERROR_MESSAGES });
  }

  // The API only replaces the whole object, so two overlapping read-modify-write cycles would lose one change
  // (the original lost updates that way). Cycles of one client are therefore queued, whichever module of that client issued them.
  function update(change: Partial<WebhookSettings>): Promise<void> {
    return runExclusive(client, QUEUE, async () => {
      const current = await read();
      await client.put(SETTINGS_PATH, { ...current, ...change }, { errorMessages: ERROR_MESSAGES });
    });
  }

  return {
    async setIncomingUrl(url) {
      await update({ incomingUrl: validateWebhookUrl(url, 'url') });
    },
    async setOutgoingUrl(url) {
      await update({ outgoingUrl: validateWebhookUrl(url, 'url') });
    },
    async clearIncomingUrl() {
      await update({ incomingUrl: '' });
    },
    async clearOutgoingUrl() {
      await update({ outgoingUrl: '' });
    },
    async setWhitelist(extensions) {
      await update({ whitelist: validateWhitelist(extensions) });
    },
    async clearWhitelist() {
      await update({ whitelist: [] });
    },
    async disableWhitelist() {
      await update({ whitelist: null });
    },
    async setLog(value) {
      await update({ log: validateLog(value) });
    },
    getWebhookSettings() {
      return runExclusive(client, QUEUE, read);
    },
  };
}
