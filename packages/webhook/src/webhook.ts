import { createServer, type ServerOptions, type WebhookServer } from './server.js';

/** The webhook module: a factory for servers. */
export interface WebhookModule {
  /**
   * Starts a server that receives sipgate.io webhooks; resolves once it listens.
   * @throws {SipgateIOValidationError} for invalid options (including a publicKey that is not an RSA key);
   * rejects with the listen error (e.g. EADDRINUSE).
   */
  createServer(serverOptions: ServerOptions): Promise<WebhookServer>;
}

/**
 * Creates the webhook module (Node only): `createServer` starts an HTTP server for sipgate.io webhooks.
 * @example
 * const webhookServer = await createWebhookModule().createServer({
 *   port: 8080,
 *   serverAddress: 'https://example.com/webhook',
 *   hostname: '0.0.0.0',
 * });
 * webhookServer.onNewCall((newCall) => WebhookResponse.redirectCall({ numbers: ['+4921100000000'] }));
 */
export function createWebhookModule(): WebhookModule {
  return { createServer };
}
