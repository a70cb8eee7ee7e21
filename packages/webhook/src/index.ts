// Everything of the Web-standard entry, plus the Node-only server and adapter.

export { FluentWebhookServer } from './fluent.js';
export { type NodeWebhookListener, toNodeListener } from './node-adapter.js';
export {
  createWebhookModule,
  type ServerOptions,
  type ServerTimeouts,
  type WebhookModule,
  type WebhookServer,
} from './server.js';
export * from './web.js';
