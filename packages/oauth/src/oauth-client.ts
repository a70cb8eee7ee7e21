import type * as oauth from 'oauth4webapi';
import {
  createDiscovery,
  createHttpOptions,
  requireEndpoint,
  SIPGATE_ISSUER,
} from './authorization-server.js';
import { SipgateIOOAuthStateMismatchError, SipgateIOReauthorizationRequiredError } from './errors.js';
import { loadOAuth4WebApi, type OAuth4WebApi } from './load-oauth4webapi.js';
import type { OAuthClient, OAuthClientOptions, TokenSet } from './oauth.types.js';
import { runOAuthStep } from './oauth-failure.js';
import { createTokenProvider } from './token-provider.js';
import { validateOAuthOptions, validateScopes } from './validate-oauth-options.js';

/** When the server sends no `expires_in`: the token counts as valid until the API rejects it. */
const UNKNOWN_EXPIRY = Number.MAX_SAFE_INTEGER;

function toTokenSet(response: oauth.TokenEndpointResponse, previous?: TokenSet): TokenSet {
  return {
    accessToken: response.access_token,
    // Servers that do not rotate refresh tokens leave it out of the refresh answer: the old one stays valid.
    refreshToken: response.refresh_token ?? previous?.refreshToken,
    expiresAt: response.expires_in === undefined ? UNKNOWN_EXPIRY : Date.now() + response.expires_in * 1000,
    scopes:
      response.scope !== undefined ? response.scope.split(' ').filter(Boolean) : (previous?.scopes ?? []),
  };
}

/**
 * Creates the OAuth 2 client of an app that acts for other sipgate users ("Log in with sipgate"): the
 * authorization code flow with PKCE, refresh, revocation and a refreshing token function for `sipgateIO`.
 *
 * @throws {SipgateIOValidationError} naming the field, before any request.
 * @example
 * ```ts
 * const oauth = createOAuthClient({ clientId, clientSecret, redirectUri, scopes: ['history:read'] });
 * const { url, state, codeVerifier } = await oauth.authorizationUrl();
 * // … redirect the browser to url; in the callback:
 * const tokenSet = await oauth.exchangeCode(callbackUrl, { state, codeVerifier });
 * const store = createMemoryTokenStore(tokenSet);
 * const client = sipgateIO({ token: oauth.tokenProvider({ store }) });
 * ```
 */
export function createOAuthClient(options: OAuthClientOptions): OAuthClient {
  const checked = validateOAuthOptions(options, SIPGATE_ISSUER);
  const settings = { issuer: checked.issuer, fetch: options.fetch };
  const discover = createDiscovery(settings);
  const client: oauth.Client = { client_id: checked.clientId };
  // Built per request from the loaded module: nothing of oauth4webapi is needed before the first one.
  const clientAuth = (module: OAuth4WebApi) =>
    checked.clientSecret ? module.ClientSecretPost(checked.clientSecret) : module.None();

  const oauthClient: OAuthClient = {
    async authorizationUrl(urlOptions = {}) {
      const scopes = urlOptions.scopes ? validateScopes(urlOptions.scopes, 'scopes') : checked.scopes;
      const server = await discover();
      const oauth = await loadOAuth4WebApi();
      const url = new URL(requireEndpoint(server, 'authorization_endpoint'));
      const codeVerifier = oauth.generateRandomCodeVerifier();
      const state = oauth.generateRandomState();
      url.searchParams.set('client_id', checked.clientId);
      url.searchParams.set('redirect_uri', checked.redirectUri);
      url.searchParams.set('response_type', 'code');
      url.searchParams.set('scope', scopes.join(' '));
      url.searchParams.set('state', state);
      url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(codeVerifier));
      url.searchParams.set('code_challenge_method', 'S256');
      if (urlOptions.prompt) url.searchParams.set('prompt', urlOptions.prompt);
      return { url: url.href, state, codeVerifier };
    },

    async exchangeCode(callbackUrl, { state, codeVerifier }) {
      const server = await discover();
      const parameters = new URL(callbackUrl).searchParams;
      // Checked before anything else in the callback is trusted, `error=` included.
      if (parameters.get('state') !== state) {
        throw new SipgateIOOAuthStateMismatchError(
          'The login callback does not belong to this login: its state differs from the one sent. Start the login again.',
          { error: 'state_mismatch' },
        );
      }
      const endpoint = requireEndpoint(server, 'token_endpoint');
      const step = {
        action: 'Exchanging the authorization code',
        reauthorize:
          'The code was already used, has expired or does not match this login: start the login again.',
        method: 'POST' as const,
        endpoint,
      };
      const callback = await runOAuthStep(step, async (oauth) =>
        oauth.validateAuthResponse(server, client, parameters, state),
      );
      const response = await runOAuthStep(step, async (oauth) =>
        oauth.processAuthorizationCodeResponse(
          server,
          client,
          await oauth.authorizationCodeGrantRequest(
            server,
            client,
            clientAuth(oauth),
            callback,
            checked.redirectUri,
            codeVerifier,
            createHttpOptions(oauth, settings),
          ),
        ),
      );
      return toTokenSet(response);
    },

    async refresh(tokenSet) {
      if (!tokenSet?.refreshToken) {
        throw new SipgateIOReauthorizationRequiredError(
          'Refreshing the access token failed: the token set has no refresh token. Send the user through the login again.',
          { error: 'invalid_grant' },
        );
      }
      const refreshToken = tokenSet.refreshToken;
      const server = await discover();
      const endpoint = requireEndpoint(server, 'token_endpoint');
      const response = await runOAuthStep(
        { action: 'Refreshing the access token', method: 'POST', endpoint },
        async (oauth) =>
          oauth.processRefreshTokenResponse(
            server,
            client,
            await oauth.refreshTokenGrantRequest(
              server,
              client,
              clientAuth(oauth),
              refreshToken,
              createHttpOptions(oauth, settings),
            ),
          ),
      );
      return toTokenSet(response, tokenSet);
    },

    async revoke(tokenSet) {
      const server = await discover();
      const endpoint = requireEndpoint(server, 'revocation_endpoint');
      const [token, hint] = tokenSet.refreshToken
        ? [tokenSet.refreshToken, 'refresh_token']
        : [tokenSet.accessToken, 'access_token'];
      await runOAuthStep({ action: 'Revoking the grant', method: 'POST', endpoint }, async (oauth) =>
        oauth.processRevocationResponse(
          await oauth.revocationRequest(server, client, clientAuth(oauth), token, {
            ...createHttpOptions(oauth, settings),
            additionalParameters: { token_type_hint: hint },
          }),
        ),
      );
    },

    tokenProvider(providerOptions = {}) {
      return createTokenProvider((tokenSet) => oauthClient.refresh(tokenSet), providerOptions);
    },
  };
  return oauthClient;
}
