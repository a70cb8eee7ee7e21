import { sipgateIO } from '@sipgateio/core';
import { createSettingsModule } from '@sipgateio/webhook-settings';

const client = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });
const settings = createSettingsModule(client);

// 'p0' is a line of the web user behind the token; name another user's line as { userId, phonelineId }.
await settings.setPhonelineIncomingUrl('p0', 'https://example.com/webhooks/p0/incoming');
await settings.setPhonelineLog('p0', true);
console.log(await settings.getPhonelineWebhookSettings({ userId: 'w0', phonelineId: 'p0' }));

// Did onAnswer or onHangup never arrive? The log shows what sipgate sent and what the server answered.
for (const entry of await settings.getPhonelineWebhookLog('p0')) {
  console.log(entry.created.toISOString(), entry.url, entry.status, entry.xmlError ?? '');
}
console.log((await settings.getWebhookLog()).length, 'webhooks sent for the whole account');

await settings.clearPhonelineIncomingUrl('p0'); // incomingUrl: '', incomingActive: false
