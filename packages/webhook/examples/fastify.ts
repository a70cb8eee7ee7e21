import { createWebhookHandler, toNodeListener, WebhookResponse } from '@sipgateio/webhook';
import Fastify from 'fastify';

const webhook = createWebhookHandler({ serverAddress: 'https://example.com/sipgate' });
webhook.onNewCall(() => WebhookResponse.sendToVoicemail());
const listener = toNodeListener(webhook);

export const app = Fastify();
await app.register(async (scope) => {
  // Leave the body unread in this scope: the listener reads the raw bytes itself (for the signature).
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
  scope.post('/sipgate', (request, reply) => {
    reply.hijack();
    listener(request.raw, reply.raw);
  });
});
await app.listen({ port: 3000 });
