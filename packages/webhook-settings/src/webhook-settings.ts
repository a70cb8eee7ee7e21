import { adaptClient, type SipgateIOClient, validateWebhookUrl } from '@sipgateio/core';
import { ERROR_MESSAGES } from './error-messages.js';
import { createPhonelineWebhookFunctions } from './phoneline-webhook-settings.js';
import { validateLog } from './validate-log.js';
import { validateWhitelist } from './validate-whitelist.js';
import { createWebhookLogFunctions } from './webhook-log.js';
import type { WebhookSettings, WebhookSettingsModule } from './webhook-settings.types.js';
import { readWholeObject, updateWholeObject, type WholeObjectSettings } from './whole-object-settings.js';

const SETTINGS_PATH = 'settings/sipgateio';
// One queue per client for everything that touches the settings object, shared by all modules of that client.
const QUEUE = 'webhook-settings';

/**
 * Creates the webhook settings module: the account-wide sipgate.io webhook URLs, extension whitelist and log
 * flag (scopes `settings:sipgateio:read` and `settings:sipgateio:write`), each phoneline's webhook URLs and log
 * flag, and sipgate's logs of the webhooks it sent.
 *
 * @example
 * ```ts
 * const settings = createSettingsModule(sipgateIO({ tokenId, token }));
 * await Promise.all([
 *   settings.setIncomingUrl('https://example.com/webhooks/incoming'),
 *   settings.setWhitelist(['p0', 'g1']),
 * ]);
 * console.log(await settings.getWebhookSettings());
 * await settings.setPhonelineIncomingUrl('p0', 'https://example.com/webhooks/p0');
 * console.log(await settings.getPhonelineWebhookLog('p0'));
 * ```
 */
export function createSettingsModule(sipgateClient: SipgateIOClient): WebhookSettingsModule {
  const client = adaptClient(sipgateClient, ERROR_MESSAGES);
  // The API only replaces the whole object, so two overlapping read-modify-write cycles would lose one change
  // (the original lost updates that way). Cycles of one client are therefore queued, whichever module of that client issued them.
  const settings: WholeObjectSettings<WebhookSettings> = {
    owner: client,
    lane: QUEUE,
    read: () => client.get<WebhookSettings>(SETTINGS_PATH, { errorMessages: ERROR_MESSAGES }),
    write: (next) => client.put(SETTINGS_PATH, next, { errorMessages: ERROR_MESSAGES }),
  };
  const update = (change: Partial<WebhookSettings>) => updateWholeObject(settings, change);

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
      return readWholeObject(settings);
    },
    ...createPhonelineWebhookFunctions(client),
    ...createWebhookLogFunctions(client),
  };
}
