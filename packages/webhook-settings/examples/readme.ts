import { sipgateIO } from '@sipgateio/core';
import { createSettingsModule } from '@sipgateio/webhook-settings';

const client = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });
const settings = createSettingsModule(client);

// Safe to run together: updates through one client are applied one after another, none is lost.
await Promise.all([
  settings.setIncomingUrl('https://example.com/webhooks/incoming'),
  settings.setOutgoingUrl('https://example.com/webhooks/outgoing'),
  settings.setWhitelist(['p0', 'g1']), // only phoneline (p) and group (g) extensions
  settings.setLog(true),
]);

const { incomingUrl, outgoingUrl, log, whitelist } = await settings.getWebhookSettings();
console.log({ incomingUrl, outgoingUrl, log, whitelist });

await settings.clearOutgoingUrl(); // outgoingUrl: ''
await settings.disableWhitelist(); // whitelist: null, every phoneline and group triggers webhooks
