import { SipgateIOValidationError } from '@sipgateio/core';
import type { WebhookHandlerOptions } from './handler.js';
import type { WebhookServer } from './server.js';
import { createWebhookModule } from './webhook.js';
import type { AnswerCallback, DataCallback, HangUpCallback, NewCallCallback } from './webhook.types.js';

type SharedOptions = Omit<WebhookHandlerOptions, 'serverAddress' | 'skipSignatureVerification'>;

/**
 * Builds and starts a webhook server with setters, as the original's fluent API did, plus setters for the
 * hostname, signature verification and the shared handler options.
 * @example
 * const server = await new FluentWebhookServer()
 *   .setServerAddress('https://example.com/webhook')
 *   .setServerPort(8080)
 *   .setOnNewCallListener(() => WebhookResponse.hangUpCall())
 *   .startServer();
 */
export class FluentWebhookServer {
  private serverAddress = '';
  private serverPort = -1;
  private hostname: string | undefined;
  private skipSignatureVerification = false;
  private options: SharedOptions = {};
  private newCallCallback: NewCallCallback | undefined;
  private answerCallback: AnswerCallback | undefined;
  private hangupCallback: HangUpCallback | undefined;
  private dataCallback: DataCallback | undefined;

  /** The public URL sipgate.io posts to (required). */
  setServerAddress = (address: string): this => {
    this.serverAddress = address;
    return this;
  };

  /** The port to listen on (required; 0 for any free port). */
  setServerPort = (port: number): this => {
    this.serverPort = port;
    return this;
  };

  /** Interface to bind (default `localhost`). */
  setHostname = (hostname: string): this => {
    this.hostname = hostname;
    return this;
  };

  /** Accept unsigned requests (local experiments only). */
  setSkipSignatureVerification = (skip = true): this => {
    this.skipSignatureVerification = skip;
    return this;
  };

  /** Shared handler options: publicKey, trustProxy, allowedSourceAddresses, maxBodyBytes, handlerTimeout, onError. */
  setOptions = (options: SharedOptions): this => {
    this.options = { ...this.options, ...options };
    return this;
  };

  /** @throws {SipgateIOValidationError} `can only handle one newCall listener` when set twice. */
  setOnNewCallListener = (fn: NewCallCallback): this => {
    if (this.newCallCallback)
      throw new SipgateIOValidationError('can only handle one newCall listener', 'newCall');
    this.newCallCallback = fn;
    return this;
  };

  /** @throws {SipgateIOValidationError} `can only handle one answer listener` when set twice. */
  setOnAnswerListener = (fn: AnswerCallback): this => {
    if (this.answerCallback)
      throw new SipgateIOValidationError('can only handle one answer listener', 'answer');
    this.answerCallback = fn;
    return this;
  };

  /** @throws {SipgateIOValidationError} `can only handle one hangup listener` when set twice. */
  setOnHangupListener = (fn: HangUpCallback): this => {
    if (this.hangupCallback)
      throw new SipgateIOValidationError('can only handle one hangup listener', 'hangup');
    this.hangupCallback = fn;
    return this;
  };

  /** @throws {SipgateIOValidationError} `can only handle one data listener` when set twice. */
  setOnDataListener = (fn: DataCallback): this => {
    if (this.dataCallback) throw new SipgateIOValidationError('can only handle one data listener', 'dtmf');
    this.dataCallback = fn;
    return this;
  };

  /**
   * Starts the server and registers the listeners; rejects (never throws synchronously) on any problem.
   * @throws {SipgateIOValidationError} `invalid or missing serverPort` / `invalid or missing serverAddress`.
   */
  async startServer(): Promise<WebhookServer> {
    if (!Number.isInteger(this.serverPort) || this.serverPort < 0) {
      throw new SipgateIOValidationError('invalid or missing serverPort', 'serverPort');
    }
    if (!this.serverAddress) {
      throw new SipgateIOValidationError('invalid or missing serverAddress', 'serverAddress');
    }
    const server = await createWebhookModule().createServer({
      ...this.options,
      port: this.serverPort,
      serverAddress: this.serverAddress,
      hostname: this.hostname,
      skipSignatureVerification: this.skipSignatureVerification,
    });
    try {
      if (this.newCallCallback) server.onNewCall(this.newCallCallback);
      if (this.answerCallback) server.onAnswer(this.answerCallback);
      if (this.hangupCallback) server.onHangUp(this.hangupCallback);
      if (this.dataCallback) server.onData(this.dataCallback);
    } catch (error) {
      await server.stop();
      throw error;
    }
    return server;
  }
}
