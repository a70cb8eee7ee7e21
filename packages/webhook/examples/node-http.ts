import { createServer } from 'node:http';
import { createWebhookHandler, toNodeListener, WebhookResponse } from '@sipgateio/webhook';

const webhook = createWebhookHandler({
  serverAddress: 'https://example.com/webhook',
  // One reverse proxy (nginx, a load balancer) in front: its X-Forwarded-For entry is the client address.
  trustProxy: 1,
  onError: (error, context) => console.error(`webhook ${context.stage} (${context.status})`, error),
});

webhook.onNewCall(() => WebhookResponse.gatherDTMF({ maxDigits: 1, timeout: 5000 }));
webhook.onData((data) =>
  data.dtmf === '1'
    ? WebhookResponse.redirectCall({ numbers: ['+4921100000000'] })
    : WebhookResponse.hangUpCall(),
);

createServer(toNodeListener(webhook)).listen(8080, '127.0.0.1');
