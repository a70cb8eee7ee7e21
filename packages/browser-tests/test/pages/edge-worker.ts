// An edge worker (service-worker style, as in Vercel Edge or Cloudflare): only Web APIs, no Node built-ins.
import { createWebhookHandler, WebhookResponse } from '@sipgateio/webhook/web';

interface FetchEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerGlobal {
  WEBHOOK_PUBLIC_KEY: string;
  webhookLog: string[];
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}
const worker = globalThis as unknown as WorkerGlobal;
worker.webhookLog = [];

const webhook = createWebhookHandler({
  serverAddress: 'https://example.com/webhook',
  publicKey: worker.WEBHOOK_PUBLIC_KEY,
  onError: (_error, context) => worker.webhookLog.push(`${context.stage} ${context.status}`),
});
webhook.onNewCall((call) => {
  worker.webhookLog.push(`newCall ${call.from} → ${call.to} for ${call.users.join(', ')}`);
  return WebhookResponse.redirectCall({ numbers: ['+4921100000000'] });
});

worker.addEventListener('fetch', (event) => event.respondWith(webhook.fetch(event.request)));
