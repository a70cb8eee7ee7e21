import type { WebhookSettings } from '../webhook-settings.types.js';

/** A `GET /v2/settings/sipgateio` body with every field set. */
export const currentSettings: WebhookSettings = {
  incomingUrl: 'https://example.com/incoming',
  outgoingUrl: 'https://example.com/outgoing',
  log: false,
  whitelist: ['p0', 'g1'],
};

/** A body of an account whose whitelist is disabled and URLs are unset. */
export const disabledWhitelistSettings: WebhookSettings = {
  incomingUrl: '',
  outgoingUrl: '',
  log: true,
  whitelist: null,
};
