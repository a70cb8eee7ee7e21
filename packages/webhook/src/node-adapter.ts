import type { IncomingMessage, ServerResponse } from 'node:http';
import { SipgateIOValidationError } from '@sipgateio/core';
import {
  HANDLE_REQUEST,
  type InternalWebhookHandler,
  type RawWebhookRequest,
  type WebhookHandler,
} from './handler.js';

/** A `node:http` request listener that also fits Express (`app.post(path, listener)`) and raw Fastify. */
export type NodeWebhookListener = (
  request: IncomingMessage,
  response: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

function readNodeBody(
  request: IncomingMessage,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  // A framework may already hold the raw bytes (express.raw(), a Fastify buffer parser): use them as they are.
  const preRead = (request as { body?: unknown }).body;
  if (preRead instanceof Uint8Array) {
    return Promise.resolve(preRead.byteLength > maxBytes ? undefined : (preRead as Uint8Array<ArrayBuffer>));
  }
  if (request.readableEnded) {
    return Promise.reject(
      new SipgateIOValidationError(
        'The request body was already consumed (e.g. by express.urlencoded()), so its signature cannot be checked. Mount the webhook listener before body parsers, or use express.raw({ type: "application/x-www-form-urlencoded" }).',
        'request',
      ),
    );
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const cleanup = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onFailure);
      request.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      length += chunk.byteLength;
      if (length > maxBytes) {
        // Stop collecting; the stream keeps flowing into nothing until the 413 is sent and the socket closed.
        cleanup();
        chunks.length = 0;
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      // Chunks are joined as bytes first and decoded once, so a character split across chunks stays whole.
      resolve(Buffer.concat(chunks, length) as Uint8Array as Uint8Array<ArrayBuffer>);
    };
    const onFailure = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onClose = () => {
      cleanup();
      reject(new Error('The client closed the connection before the body was complete.'));
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onFailure);
    request.on('close', onClose);
  });
}

/** The pipeline's view of a Node request; prototype methods instead of per-request closures. */
class NodeWebhookRequest implements RawWebhookRequest {
  readonly method: string;
  readonly remoteAddress: string | undefined;

  constructor(private readonly request: IncomingMessage) {
    this.method = request.method ?? 'GET';
    this.remoteAddress = request.socket.remoteAddress;
  }

  header(name: string): string | undefined {
    const value = this.request.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  }

  readBody(maxBytes: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
    return readNodeBody(this.request, maxBytes);
  }
}

/**
 * Adapts a {@link WebhookHandler} to `node:http`, Express and Fastify (`reply.hijack()` + `request.raw`).
 * It reads the raw body itself (needed for the signature) and passes the socket address as the client
 * address.
 * @throws {SipgateIOValidationError} when `handler` was not made by `createWebhookHandler`.
 * @example
 * const webhook = createWebhookHandler({ serverAddress: 'https://example.com/webhook' });
 * http.createServer(toNodeListener(webhook)).listen(8080);
 */
export function toNodeListener(handler: WebhookHandler): NodeWebhookListener {
  const handle = (handler as Partial<InternalWebhookHandler>)[HANDLE_REQUEST];
  if (typeof handle !== 'function') {
    throw new SipgateIOValidationError(
      'toNodeListener needs a handler made by createWebhookHandler().',
      'handler',
    );
  }
  return (request, response) => {
    void handle(new NodeWebhookRequest(request)).then((answer) => {
      if (response.headersSent || response.destroyed) return;
      response.writeHead(answer.status, answer.headers);
      response.end(answer.body);
      if (!request.complete) {
        // Body not read to the end (413): the rest is discarded unread, never buffered.
        // Node half-closes after a `Connection: close` answer; this makes sure the socket goes soon after.
        response.once('finish', () => setTimeout(() => request.socket.destroy(), 1000).unref());
      }
    });
  };
}
