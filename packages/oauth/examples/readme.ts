import { sipgateIO } from '@sipgateio/core';
import {
  createOAuthClient,
  isReauthorizationRequired,
  type TokenSet,
  type TokenStore,
} from '@sipgateio/oauth';

const oauth = createOAuthClient({
  clientId: 'crm-connector',
  clientSecret: 'the client secret sipgate gave your app',
  redirectUri: 'https://crm.example.com/oauth/callback',
  scopes: ['history:read'],
});

// 1. "Log in with sipgate": keep state and codeVerifier in the user's session, send the browser to url.
const login = await oauth.authorizationUrl();
console.log(`Redirect to ${login.url}`);

// 2. The callback: sipgate redirects back to redirectUri with ?code=…&state=…
const callbackUrl = 'https://crm.example.com/oauth/callback?code=…&state=…';
const tokenSet = await oauth.exchangeCode(callbackUrl, login);

// 3. Keep the token set where all your processes find it, e.g. a table with one row per user.
interface Database {
  query(sql: string, parameters: unknown[]): Promise<{ rows: { token_set: TokenSet }[] }>;
}
declare const database: Database;

function databaseStore(userId: string): TokenStore {
  return {
    async get() {
      const result = await database.query('SELECT token_set FROM sipgate_tokens WHERE user_id = $1', [
        userId,
      ]);
      return result.rows[0]?.token_set;
    },
    async set(next) {
      await database.query(
        'INSERT INTO sipgate_tokens (user_id, token_set) VALUES ($1, $2) ON CONFLICT (user_id) DO UPDATE SET token_set = $2',
        [userId, next],
      );
    },
  };
}

const store = databaseStore('user-42');
await store.set(tokenSet);

// 4. Every request gets a valid access token; refreshes happen ahead of expiry, one at a time.
const client = sipgateIO({ token: oauth.tokenProvider({ store, skewSeconds: 60 }) });
try {
  console.log(await client.getAuthenticatedWebuserId());
} catch (error) {
  if (isReauthorizationRequired(error)) {
    console.log('The user revoked access: show "Log in with sipgate" again.');
  } else {
    throw error;
  }
}

// 5. Logout: end the grant at sipgate.
await oauth.revoke(tokenSet);
