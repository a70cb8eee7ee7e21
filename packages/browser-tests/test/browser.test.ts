/**
 * The meta-package in real headless Chromium: a page bundled from `sipgateio` (browser condition) sends an
 * SMS and lists history against the sandbox on another origin, so every call goes through CORS.
 */
import { resolve } from 'node:path';
import { createSandbox, type Sandbox } from '@sipgateio/sandbox';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForWeb } from './bundle.js';
import {
  assertChromium,
  type Browser,
  launchChromium,
  type PageServer,
  servePage,
  skipWithoutChromium,
} from './chromium.js';
import type { LazyConfig, LazyReport } from './pages/lazy-chunks.js';
import type { PageConfig, PageReport } from './pages/sms-and-history.js';

const RECIPIENT = '+4917612345678';
const MESSAGE = 'Hello from Chromium';

interface Preflight {
  url: string;
  requestedHeaders: string;
  status?: number;
}

/** Loads `script` from its own origin and records the CORS preflights Chromium sends (seen through CDP). */
async function openPage(
  browser: Browser,
  script: string,
  chunks: Record<string, string> = {},
): Promise<{ page: Page; requested: string[]; preflights(): Preflight[]; close(): Promise<void> }> {
  const server: PageServer = await servePage(script, chunks);
  const page = await browser.context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const preflights = new Map<string, Preflight>();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (event) => {
    if (event.request.method !== 'OPTIONS') return;
    const headers = Object.fromEntries(
      Object.entries(event.request.headers).map(([name, value]) => [name.toLowerCase(), String(value)]),
    );
    preflights.set(event.requestId, {
      url: event.request.url,
      requestedHeaders: headers['access-control-request-headers'] ?? '',
    });
  });
  cdp.on('Network.responseReceived', (event) => {
    const preflight = preflights.get(event.requestId);
    if (preflight) preflight.status = event.response.status;
  });
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => document.readyState === 'complete');
  expect(pageErrors).toEqual([]);
  return {
    page,
    requested: server.requested,
    preflights: () => [...preflights.values()],
    async close() {
      await page.close();
      await server.close();
    },
  };
}

describe.skipIf(skipWithoutChromium)('sipgateio in headless Chromium', () => {
  let sandbox: Sandbox;
  let browser: Browser;

  beforeAll(async () => {
    assertChromium();
    sandbox = await createSandbox();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.stop();
  });

  it('sends an SMS and lists history cross-origin, and the sandbox received exactly that', async () => {
    const { code, metafile } = await bundleForWeb(resolve(import.meta.dirname, 'pages/sms-and-history.ts'), {
      platform: 'browser',
    });
    expect(Object.keys(metafile.inputs).some((file) => file.startsWith('packages/sms/src/'))).toBe(true);
    const opened = await openPage(browser, code);
    try {
      const config: PageConfig = {
        baseUrl: sandbox.url,
        ...sandbox.credentials,
        to: RECIPIENT,
        message: MESSAGE,
      };
      const report = await opened.page.evaluate(
        (pageConfig) =>
          (globalThis as unknown as { runScenario(config: PageConfig): Promise<PageReport> }).runScenario(
            pageConfig,
          ),
        config,
      );

      expect(sandbox.state.sms).toHaveLength(1);
      expect(sandbox.state.sms[0]).toMatchObject({ smsId: 's0', recipient: RECIPIENT, message: MESSAGE });
      const smsRequest = sandbox.state.requests.find((request) => request.path === '/sessions/sms');
      expect(smsRequest).toMatchObject({
        method: 'POST',
        status: 204,
        body: { smsId: 's0', recipient: RECIPIENT, message: MESSAGE },
      });
      // Sent by the page's origin in CORS mode: a browser request, not one from Node.
      const pageOrigin = new URL(opened.page.url()).origin;
      expect(smsRequest?.headers.origin).toBe(pageOrigin);
      expect(smsRequest?.headers['sec-fetch-mode']).toBe('cors');
      expect(smsRequest?.headers['user-agent']).toContain('Chrome');
      expect(sandbox.state.requests.filter((request) => request.path === '/history')).toHaveLength(2);

      // Authorization and JSON bodies are not CORS-safelisted: Chromium asked first, and was allowed.
      const smsPreflight = opened
        .preflights()
        .find((preflight) => preflight.url === `${sandbox.url}/sessions/sms`);
      expect(smsPreflight?.status).toBe(204);
      expect(smsPreflight?.requestedHeaders.split(',')).toEqual(
        expect.arrayContaining(['authorization', 'content-type']),
      );

      expect(report.history[0]).toMatchObject({ type: 'SMS', target: RECIPIENT, smsContent: MESSAGE });
      expect(report.history.every((entry) => entry.type === 'SMS')).toBe(true);
      expect(report.wrongToken).toEqual({
        name: 'SipgateIOAuthenticationError',
        status: 401,
        isSipgateIOError: true,
        isAuthenticationError: true,
      });
    } finally {
      await opened.close();
    }
  });

  it('loads the lazily loaded parts of a code-split bundle on first use, and they work', async () => {
    const { code, chunks } = await bundleForWeb(resolve(import.meta.dirname, 'pages/lazy-chunks.ts'), {
      platform: 'browser',
      splitting: true,
    });
    const lazyChunk = (prefix: string) => Object.keys(chunks).find((name) => name.startsWith(prefix));
    const lazy = ['send-from-phone-number-', 'request-route-', 'adapt-client-', 'download-'].map(lazyChunk);
    expect(lazy.every((name) => name !== undefined)).toBe(true);
    const opened = await openPage(browser, code, chunks);
    try {
      // Nothing of it is loaded with the page.
      expect(opened.requested.filter((path) => lazy.some((name) => path === `/${name}`))).toEqual([]);
      const config: LazyConfig = {
        baseUrl: sandbox.url,
        ...sandbox.credentials,
        from: '+4921100000000',
        to: '+4917612345678',
      };
      const report = await opened.page.evaluate(
        (pageConfig) =>
          (
            globalThis as unknown as { runLazyScenario(config: LazyConfig): Promise<LazyReport> }
          ).runLazyScenario(pageConfig),
        config,
      );

      expect(opened.requested).toEqual(expect.arrayContaining(lazy.map((name) => `/${name}`)));
      expect(report.userinfoSub).toBe('w0');
      expect(report.foreignExtensions).toEqual([expect.objectContaining({ id: 's0' })]);
      expect(report.downloaded).toBe(code.slice(0, 40));
      const sent = sandbox.state.requests.filter((request) =>
        request.path.startsWith('/w0/sms/s0/callerids/'),
      );
      expect(sent.map((request) => [request.method, request.path, request.body])).toEqual([
        ['PUT', '/w0/sms/s0/callerids/1', { defaultNumber: true }],
        ['PUT', '/w0/sms/s0/callerids/0', { defaultNumber: true }],
      ]);
      expect(sandbox.state.sms.at(-1)).toMatchObject({ smsId: 's0', recipient: '+4917612345678' });
    } finally {
      await opened.close();
    }
  });

  it('bundles `createWebhookModule` from sipgateio for the browser, and calling it says what to use instead', async () => {
    // Resolves through sipgateio's real exports map with the `browser` condition: this needs the `browser`
    // entry (src/browser.ts) in packages/sipgateio/package.json.
    const { code, metafile } = await bundleForWeb(resolve(import.meta.dirname, 'pages/webhook-stub.ts'), {
      platform: 'browser',
    });
    expect(
      Object.keys(metafile.inputs),
      'packages/sipgateio/package.json needs a "browser" export condition pointing to dist/browser.js',
    ).toContain('packages/sipgateio/src/browser.ts');
    const opened = await openPage(browser, code);
    try {
      const result = await opened.page.evaluate(() =>
        (globalThis as unknown as { tryWebhookModule(): unknown }).tryWebhookModule(),
      );
      expect(result).toEqual({
        name: 'SipgateIOError',
        message:
          'The webhook server needs Node.js; in browsers and edge runtimes use createWebhookHandler from @sipgateio/webhook/web',
      });
    } finally {
      await opened.close();
    }
  });
});
