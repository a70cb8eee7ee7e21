/**
 * "Log in with sipgate" in an Express app: /login sends the browser to sipgate, /callback exchanges the code
 * for a token set, and /history lists the signed-in user's newest history entries through
 * `sipgateIO({ token: oauth.tokenProvider(…) })`, which refreshes the access token when it is due.
 *
 *   OAUTH_CLIENT_ID=… OAUTH_CLIENT_SECRET=… npx tsx oauth-express.ts   # sipgate's login, http://localhost:3000
 *   npx tsx oauth-express.ts                                           # a sandbox of its own plays sipgate
 */
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { createSandbox } from '@sipgateio/sandbox';
import express, { type Request } from 'express';
import {
  type AuthorizationRequest,
  createHistoryModule,
  createMemoryTokenStore,
  createOAuthClient,
  isReauthorizationRequired,
  type OAuthClientOptions,
  type SipgateIOClient,
  sipgateIO,
} from 'sipgateio';

/** What the app keeps per browser: the pending login (state, code verifier) or the signed-in user's client. */
interface Session {
  login?: AuthorizationRequest;
  client?: SipgateIOClient;
}

/** Options of {@link createOAuthExpressApp}: the OAuth client, and the API base URL (the sandbox's in tests). */
export interface OAuthExpressAppOptions {
  oauth: OAuthClientOptions;
  baseUrl?: string;
}

const SESSION_COOKIE = 'session';

/** The session id from the request's cookie header (an app would use its session middleware here). */
function sessionId(request: Request): string | undefined {
  const cookies = request.headers.cookie?.split(';').map((cookie) => cookie.trim().split('=')) ?? [];
  return cookies.find(([name]) => name === SESSION_COOKIE)?.[1];
}

/** Creates the Express app; sessions live in memory, one per browser cookie. */
export function createOAuthExpressApp(options: OAuthExpressAppOptions): express.Express {
  const oauth = createOAuthClient(options.oauth);
  const sessions = new Map<string, Session>();
  const app = express();

  app.get('/login', async (_request, response) => {
    const id = randomUUID();
    const login = await oauth.authorizationUrl();
    // state and codeVerifier stay on the server; the browser only carries the session id.
    sessions.set(id, { login });
    response.cookie(SESSION_COOKIE, id, { httpOnly: true, sameSite: 'lax' }).redirect(login.url);
  });

  app.get('/callback', async (request, response) => {
    const session = sessions.get(sessionId(request) ?? '');
    if (!session?.login) {
      response.status(400).send('No login in progress: start at /login.');
      return;
    }
    const callbackUrl = new URL(request.originalUrl, options.oauth.redirectUri).href;
    const tokenSet = await oauth.exchangeCode(callbackUrl, session.login);
    const store = createMemoryTokenStore(tokenSet);
    session.login = undefined;
    session.client = sipgateIO({ token: oauth.tokenProvider({ store }) }, { baseUrl: options.baseUrl });
    response.redirect('/history');
  });

  app.get('/history', async (request, response) => {
    const client = sessions.get(sessionId(request) ?? '')?.client;
    if (!client) {
      response.redirect('/login');
      return;
    }
    try {
      const entries = await createHistoryModule(client).fetchAll({}, { limit: 5 });
      response.json(entries.map(({ id, type, direction, created }) => ({ id, type, direction, created })));
    } catch (error) {
      if (!isReauthorizationRequired(error)) throw error;
      response.redirect('/login');
    }
  });

  return app;
}

/** Runs the app on port 3000, against sipgate when OAUTH_CLIENT_ID is set, else against a sandbox of its own. */
async function main(): Promise<void> {
  const redirectUri = 'http://localhost:3000/callback';
  const clientId = process.env.OAUTH_CLIENT_ID;
  const sandbox = clientId ? undefined : await createSandbox();
  const oauth: OAuthClientOptions = {
    clientId: sandbox?.oauth.clientId ?? clientId ?? '',
    clientSecret: sandbox?.oauth.clientSecret ?? process.env.OAUTH_CLIENT_SECRET,
    issuer: sandbox?.oauth.issuer,
    redirectUri,
    scopes: ['history:read'],
  };
  createOAuthExpressApp({ oauth, baseUrl: sandbox?.url }).listen(3000, () => {
    console.log('open http://localhost:3000/login');
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
