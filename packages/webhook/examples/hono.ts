import { createWebhookHandler, WebhookResponse } from '@sipgateio/webhook';
import { Hono } from 'hono';

// Runs wherever Hono runs (Node, Bun, Deno, Cloudflare Workers): the handler only uses Web APIs.
const webhook = createWebhookHandler({ serverAddress: 'https://example.com/sipgate' });
webhook.on('newCall', () => WebhookResponse.hangUpCall());
webhook.on('hangup', (hangUp) => {
  console.log(`${hangUp.callId}: ${hangUp.cause}`);
});

const app = new Hono();
app.post('/sipgate', (context) => webhook.fetch(context.req.raw));

export default app;
