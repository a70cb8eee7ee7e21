import { createWebhookModule, WebhookResponse } from '@sipgateio/webhook';

const webhookServer = await createWebhookModule().createServer({
  port: 8080,
  serverAddress: 'https://example.com/webhook',
  // Default 'localhost'; bind all interfaces when sipgate reaches this process without a reverse proxy.
  hostname: '0.0.0.0',
});

webhookServer.onNewCall((newCall) => {
  console.log(`New call from ${newCall.from} to ${newCall.to} for ${newCall.users.join(', ')}`);
  return WebhookResponse.redirectCall({ numbers: ['+4921100000000'] });
});

webhookServer.onHangUp((hangUp) => {
  console.log(`Call ${hangUp.callId} ended: ${hangUp.cause}`);
});

process.on('SIGTERM', () => {
  void webhookServer.stop();
});
