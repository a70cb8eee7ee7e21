/**
 * Points incoming-call webhooks at a URL, turns on the webhook log and reads the settings back; then does the
 * same for one phoneline and reads that line's webhook log: what sipgate sent and what the server answered.
 */
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

  await Promise.all([
    settings.setPhonelineIncomingUrl('p0', 'https://example.com/sipgate/p0/incoming'),
    settings.setPhonelineLog('p0', true),
  ]);
  const line = await settings.getPhonelineWebhookSettings('p0');
  report(`p0 incomingUrl: ${line.incomingUrl} (active: ${line.incomingActive}, log: ${line.log})`);
  for (const entry of await settings.getPhonelineWebhookLog('p0')) {
    report(
      `p0 log: ${entry.created.toISOString()} ${entry.url} answered ${entry.status} ${entry.xmlError ?? ''}`,
    );
  }
  report(`${(await settings.getWebhookLog()).length} webhooks in the account's log`);
});
