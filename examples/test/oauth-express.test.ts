import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSandbox, type Sandbox } from '@sipgateio/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOAuthExpressApp } from '../oauth-express.js';

/** Plays the browser: follows redirects over real HTTP, sending the app's session cookie back to the app. */
async function browse(start: string, appOrigin: string): Promise<Response> {
  let cookie = '';
  let url = start;
  for (let hop = 0; hop < 10; hop += 1) {
    const headers = url.startsWith(appOrigin) && cookie ? { cookie } : undefined;
    const response = await fetch(url, { redirect: 'manual', headers });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie && url.startsWith(appOrigin)) cookie = setCookie.split(';')[0] ?? '';
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return response;
    url = new URL(location, url).href;
  }
  throw new Error(`More than 10 redirects from ${start}`);
}

describe('examples/oauth-express.ts against the sandbox', () => {
  let sandbox: Sandbox;
  let server: Server;
  let origin = '';

  beforeAll(async () => {
    sandbox = await createSandbox();
    server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const app = createOAuthExpressApp({
      oauth: {
        clientId: sandbox.oauth.clientId,
        clientSecret: sandbox.oauth.clientSecret,
        issuer: sandbox.oauth.issuer,
        redirectUri: `${origin}/callback`,
        scopes: ['history:read'],
      },
      baseUrl: sandbox.url,
    });
    server.on('request', app);
  });
  afterAll(async () => {
    server?.close();
    await sandbox?.stop();
  });

  it('logs in at the sandbox, exchanges the code and lists the history with the token provider', async () => {
    const response = await browse(`${origin}/login`, origin);

    expect(response.url).toBe(`${origin}/history`);
    expect(response.status).toBe(200);
    const entries = (await response.json()) as { id: string; type: string }[];
    expect(entries).toHaveLength(5);
    expect(entries[0]).toEqual(expect.objectContaining({ id: expect.any(String), type: expect.any(String) }));
    expect(sandbox.oauth.events).toEqual([
      expect.objectContaining({ endpoint: 'token', grantType: 'authorization_code', outcome: 'ok' }),
    ]);
  });

  it('sends a browser without a session to the login', async () => {
    const response = await fetch(`${origin}/history`, { redirect: 'manual' });

    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/login');
  });
});
