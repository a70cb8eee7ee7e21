import type { Server } from 'node:http';
import { SipgateIOValidationError } from '@sipgateio/core';
import {
  createWebhookHandler,
  type InternalWebhookHandler,
  KEY_READY,
  type WebhookHandlerOptions,
  type WebhookHandlerRegistry,
} from './handler.js';
import { toNodeListener } from './node-adapter.js';

/** Timeouts of the built-in server's sockets, in milliseconds. */
export interface ServerTimeouts {
  /** Time to receive the request headers. Default 10000. */
  headersTimeout?: number;
  /** Time to receive the whole request. Default 15000. */
  requestTimeout?: number;
  /** Idle time of a kept-alive connection. Default 5000. */
  keepAliveTimeout?: number;
}

/** Options of `createWebhookModule().createServer`. */
export interface ServerOptions extends WebhookHandlerOptions {
  /** Port to listen on (0: any free port; see `getHttpServer().address()`). */
  port: number | string;
  /** The public URL sipgate.io posts to (needed for follow-up events). */
  serverAddress: string;
  /**
   * Interface to bind. Default `localhost` (as the original documented; it actually bound every
   * interface). Use `0.0.0.0` / `::` to accept connections from other machines without a reverse proxy.
   */
  hostname?: string;
  /** Socket timeouts so slow clients cannot hold connections. */
  timeouts?: ServerTimeouts;
}

/** A running webhook server. */
export interface WebhookServer extends WebhookHandlerRegistry {
  /** Stops accepting connections, lets requests in flight finish, then resolves. */
  stop(): Promise<void>;
  /** The underlying `node:http` server. */
  getHttpServer(): Server;
}

function parsePort(port: unknown): number {
  const value = typeof port === 'string' && /^\d+$/.test(port.trim()) ? Number(port) : port;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 65535) {
    throw new SipgateIOValidationError(
      `Invalid port: expected 0 to 65535. Your port was: ${String(port)}`,
      'port',
    );
  }
  return value;
}

/**
 * Starts a server that receives sipgate.io webhooks; resolves once it listens.
 * @throws {SipgateIOValidationError} for invalid options (including a publicKey that is not an RSA key);
 * rejects with the listen error (e.g. EADDRINUSE).
 */
export async function createServer(serverOptions: ServerOptions): Promise<WebhookServer> {
  const { port, hostname = 'localhost', timeouts = {}, ...handlerOptions } = serverOptions;
  const listenPort = parsePort(port);
  const handler = createWebhookHandler(handlerOptions);
  // A key that is well-formed PEM but not an RSA key fails here, before listening, not on every request.
  await (handler as InternalWebhookHandler)[KEY_READY];
  // Node checks headers/request timeouts on this interval (default 30 s, which would make them coarse).
  // node:http is loaded when a server starts, not when the SDK is imported (most importers never start one).
  const { createServer: createHttpServer } = await import('node:http');
  const server = createHttpServer({ connectionsCheckingInterval: 1000 }, toNodeListener(handler));
  server.headersTimeout = timeouts.headersTimeout ?? 10_000;
  server.requestTimeout = timeouts.requestTimeout ?? 15_000;
  server.keepAliveTimeout = timeouts.keepAliveTimeout ?? 5_000;

  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    // `host`, not `hostname`: the original passed `hostname`, which Node ignores, so it listened on all
    // interfaces.
    server.listen({ port: listenPort, host: hostname }, () => {
      server.off('error', onError);
      resolve();
    });
  });

  // After listening, a server 'error' (e.g. EMFILE on accept) must be reported, not crash the process.
  server.on('error', (error) => {
    const context = { stage: 'request' as const, status: 0 };
    try {
      (
        handlerOptions.onError ??
        ((reported: unknown) => console.error('[@sipgateio/webhook] server error:', reported))
      )(error, context);
    } catch {
      // A failing reporter must not turn a reported error into a crash.
    }
  });

  let stopping: Promise<void> | undefined;
  return {
    onNewCall: (fn) => handler.onNewCall(fn),
    onAnswer: (fn) => handler.onAnswer(fn),
    onHangUp: (fn) => handler.onHangUp(fn),
    onData: (fn) => handler.onData(fn),
    on: (event, fn) => handler.on(event, fn),
    getHttpServer: () => server,
    stop() {
      stopping ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // close() waits for requests in flight; idle kept-alive sockets would otherwise hold it open.
        server.closeIdleConnections();
        // In flight requests end by handlerTimeout at the latest; after that, nothing is worth waiting for.
        const force = setTimeout(
          () => server.closeAllConnections(),
          (handlerOptions.handlerTimeout ?? 8000) + 2000,
        );
        force.unref();
        server.once('close', () => clearTimeout(force));
      });
      return stopping;
    },
  };
}
