import { createWebhookHandler, RejectReason, toNodeListener, WebhookResponse } from '@sipgateio/webhook';
import express from 'express';

const webhook = createWebhookHandler({ serverAddress: 'https://example.com/sipgate', trustProxy: 1 });
webhook.onNewCall((newCall) =>
  newCall.from === 'anonymous' ? WebhookResponse.rejectCall({ reason: RejectReason.BUSY }) : undefined,
);

const app = express();
// Mount the webhook before any body parser: the signature is checked over the raw body bytes.
app.post('/sipgate', toNodeListener(webhook));
app.use(express.json());
app.listen(3000);
