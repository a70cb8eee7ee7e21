import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); playwright's own browser downloads do not work here. */
export const CHROMIUM_PATH = process.env.SIPGATEIO_CHROMIUM ?? '/usr/bin/chromium';
export const chromiumInstalled = existsSync(CHROMIUM_PATH);
const inCI = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';

/**
 * True when the browser tests should be skipped: only on a developer machine without Chromium. In CI a
 * missing Chromium is a failure ({@link assertChromium}), never a silent skip.
 */
export const skipWithoutChromium = !chromiumInstalled && !inCI;
if (skipWithoutChromium) {
  console.warn(
    `browser-tests: skipped, no Chromium at ${CHROMIUM_PATH}. Install Debian's chromium (apt-get install -y chromium) or set SIPGATEIO_CHROMIUM.`,
  );
}

/** Throws the message CI shows when Chromium was not installed by .ci/run. */
export function assertChromium(): void {
  if (!chromiumInstalled) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH} although CI is set: .ci/run must install Debian's chromium (apt-get install -y --no-install-recommends chromium) before the tests.`,
    );
  }
}

// The machine's network is closed: without the background-networking flags Chromium keeps dialling Google.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts headless Chromium with an empty profile of its own; `close()` removes the profile. */
export async function launchChromium(): Promise<Browser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'sipgateio-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    timeout: 30_000,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface PageServer {
  origin: string;
  requested: string[];
  close(): Promise<void>;
}

/**
 * Serves an HTML page that loads `script` on 127.0.0.1 (another origin than the sandbox: another port), and the
 * code-split `chunks` beside it (`/<name>`). `requested` lists the paths asked for, in order.
 */
export async function servePage(script: string, chunks: Record<string, string> = {}): Promise<PageServer> {
  const requested: string[] = [];
  const server: Server = createServer((request, response) => {
    requested.push(request.url ?? '');
    const chunk = chunks[(request.url ?? '').slice(1)];
    if (request.url === '/page.js' || chunk !== undefined) {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      response.end(chunk ?? script);
    } else if (request.url === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><title>sipgateio</title><script type="module" src="/page.js"></script>');
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requested,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
