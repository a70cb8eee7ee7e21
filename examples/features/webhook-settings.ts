/** Points incoming-call webhooks at a URL, turns on the webhook log and reads the settings back. */
import { createSettingsModule } from 'sipgateio';
import { report, runExample } from './connect.js';

runExample('Webhook settings', async ({ client }) => {
  const settings = createSettingsModule(client);
  await settings.setIncomingUrl('https://example.com/sipgate/incoming');
  await settings.setLog(true);
  const { incomingUrl, outgoingUrl, log } = await settings.getWebhookSettings();
  report(`incomingUrl: ${incomingUrl}`);
  report(`outgoingUrl: ${outgoingUrl || '(none)'}`);
  report(`log: ${log}`);
});
