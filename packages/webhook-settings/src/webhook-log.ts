import { checkPhoneline, phonelinePaths, type SipgateIORestClient } from '@sipgateio/core';
import { ERROR_MESSAGES } from './error-messages.js';
import type { WebhookLogEntry } from './phoneline-webhook-settings.types.js';
import type { WebhookLogFunctions } from './webhook-settings.types.js';

const OPTIONS = { errorMessages: ERROR_MESSAGES };

/** The webhook log functions of the settings module. */
export function createWebhookLogFunctions(client: SipgateIORestClient): WebhookLogFunctions {
  const paths = phonelinePaths(client);
  return {
    async getWebhookLog() {
      const { items } = await client.request('GET /log/webhooks', {}, OPTIONS);
      return (items ?? []) as WebhookLogEntry[];
    },
    async getPhonelineWebhookLog(phoneline) {
      const line = checkPhoneline(phoneline);
      const path = await paths(line);
      const { items } = await client.request(
        'GET /{userId}/phonelines/{phonelineId}/sipgateio/log',
        path,
        OPTIONS,
      );
      return (items ?? []) as WebhookLogEntry[];
    },
  };
}
