// The `browser` entry, picked by bundlers through the `browser` export condition: the same names as index.ts.
// The webhook package's Web-standard part is re-exported as is; the server and the node:http adapter need
// Node.js, so they are stubs that say where to go instead (packages/browser-tests checks both entries match).
import { SipgateIOError } from '@sipgateio/core';

export * from '@sipgateio/webhook/web';
export * from './rest.js';

const NEEDS_NODE =
  'needs Node.js; in browsers and edge runtimes use createWebhookHandler from @sipgateio/webhook/web';

/**
 * Stands in for the Node-only webhook server in browser bundles, so importing it still builds.
 * @throws {SipgateIOError} always: use `createWebhookHandler` from `@sipgateio/webhook/web` there.
 * @example
 * ```ts
 * import { createWebhookHandler } from '@sipgateio/webhook/web';
 * const webhook = createWebhookHandler({ serverAddress: 'https://example.com/webhook' });
 * export default { fetch: (request: Request) => webhook.fetch(request) };
 * ```
 */
export function createWebhookModule(): never {
  throw new SipgateIOError(`The webhook server ${NEEDS_NODE}`);
}

/**
 * Stands in for the Node-only adapter in browser bundles.
 * @throws {SipgateIOError} always.
 */
export function toNodeListener(): never {
  throw new SipgateIOError(`toNodeListener ${NEEDS_NODE}`);
}

/**
 * Stands in for the Node-only fluent server in browser bundles.
 * @throws {SipgateIOError} when constructed.
 */
export class FluentWebhookServer {
  constructor() {
    throw new SipgateIOError(`FluentWebhookServer ${NEEDS_NODE}`);
  }
}
