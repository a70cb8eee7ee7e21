/**
 * The meta-package's `browser` entry (packages/sipgateio/src/browser.ts): what bundlers that pick the
 * `browser` condition get. It must build without Node, keep every name of the main entry, and replace the
 * Node-only webhook server by a stub that says what to use instead.
 */
import { resolve } from 'node:path';
import { isSipgateIOError, SipgateIOError } from 'sipgateio';
import { describe, expect, it } from 'vitest';
import { createWebhookModule } from '../../sipgateio/src/browser.js';
import { bundleForWeb, exportedNames } from './bundle.js';

const sipgateio = resolve(import.meta.dirname, '../../sipgateio/src');
const MESSAGE =
  'The webhook server needs Node.js; in browsers and edge runtimes use createWebhookHandler from @sipgateio/webhook/web';

describe('the browser entry of sipgateio', () => {
  it('bundles for the browser with the Web-standard webhook handler but without the Node-only server', async () => {
    const { metafile } = await bundleForWeb(resolve(sipgateio, 'browser.ts'), { platform: 'browser' });
    const files = Object.keys(metafile.inputs);
    expect(files).toContain('packages/sms/src/sms.ts');
    expect(files).toContain('packages/webhook/src/handler.ts');
    // core's browser build imports ky statically (load-ky.browser.ts), as the `browser` condition promises.
    expect(files).toContain('packages/core/src/load-ky.browser.ts');
    expect(files).not.toContain('packages/core/src/load-ky.ts');
    const nodeOnly = ['server.ts', 'node-adapter.ts', 'fluent.ts'].map(
      (file) => `packages/webhook/src/${file}`,
    );
    expect(files.filter((file) => nodeOnly.includes(file))).toEqual([]);
  });

  it('exports exactly the names of the main entry', async () => {
    const main = await exportedNames(resolve(sipgateio, 'index.ts'));
    const browser = await exportedNames(resolve(sipgateio, 'browser.ts'));
    expect(main.filter((name) => !browser.includes(name))).toEqual([]);
    expect(browser.filter((name) => !main.includes(name))).toEqual([]);
    expect(browser).toEqual(
      expect.arrayContaining(['createWebhookModule', 'toNodeListener', 'FluentWebhookServer']),
    );
  });

  it('createWebhookModule throws a SipgateIOError pointing to @sipgateio/webhook/web', () => {
    let caught: unknown;
    try {
      createWebhookModule();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SipgateIOError);
    expect(isSipgateIOError(caught)).toBe(true);
    expect((caught as Error).message).toBe(MESSAGE);
  });

  it('without the browser condition, bundling createWebhookModule for the browser fails at build time', async () => {
    // Bundlers that ignore `browser` get the main entry, whose webhook server imports node:http.
    await expect(
      bundleForWeb(
        { contents: "import { createWebhookModule } from 'sipgateio';\ncreateWebhookModule();" },
        { platform: 'browser', conditions: [] },
      ),
    ).rejects.toThrow(
      /Node built-in "node:|No matching export in "packages\/sipgateio\/src\/index.ts" for import "createWebhookModule"/,
    );
  });
});
