// Everything of the Web-standard entry, plus the Node-only server and adapter.

export { FluentWebhookServer } from './fluent.js';
export { type NodeWebhookListener, toNodeListener } from './node-adapter.js';
export type { ServerOptions, ServerTimeouts, WebhookServer } from './server.js';
export * from './web.js';
export { createWebhookModule, type WebhookModule } from './webhook.js';
