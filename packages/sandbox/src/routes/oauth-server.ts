import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { OAuthEvent, SandboxOAuth, SandboxOAuthOptions } from './oauth.types.js';
import { renderConsentPage } from './oauth-consent-page.js';
import { createGrantStore, GrantError } from './oauth-grants.js';

/** Where sipgate's third-party realm lives below the sandbox's origin, as below login.sipgate.com. */
export const REALM_PATH = '/auth/realms/third-party';
const PROTOCOL = `${REALM_PATH}/protocol/openid-connect`;
const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

/** What the sandbox's login answers: a status, a body and headers (a redirect's Location). */
export interface OAuthAnswer {
  status: number;
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

/** One request to the login, as the request handler passes it. */
export interface OAuthRequest {
  method: string;
  url: URL;
  raw: string;
  authorization: string | undefined;
  accept: string | undefined;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function oauthError(status: number, error: string, description: string): OAuthAnswer {
  return { status, body: { error, error_description: description }, headers: NO_STORE };
}

function page(status: number, html: string): OAuthAnswer {
  return { status, body: html, contentType: 'text/html; charset=utf-8' };
}

/** Client credentials from the form (client_secret_post) or the Basic header (client_secret_basic). */
function clientCredentials(form: URLSearchParams, authorization: string | undefined) {
  if (authorization?.startsWith('Basic ')) {
    const decoded = Buffer.from(authorization.slice(6), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return {
      clientId: decodeURIComponent(decoded.slice(0, colon)),
      clientSecret: decodeURIComponent(decoded.slice(colon + 1)),
    };
  }
  return { clientId: form.get('client_id') ?? '', clientSecret: form.get('client_secret') ?? '' };
}

/**
 * Creates the sandbox's authorization server: discovery, the authorization endpoint (signs the test user in),
 * the token endpoint (authorization_code with PKCE S256, refresh_token with rotation) and revocation.
 */
export function createOAuthServer(options: SandboxOAuthOptions, origin: () => string) {
  const clientId = options.clientId ?? 'sandbox-client';
  const clientSecret = options.clientSecret ?? randomBytes(16).toString('hex');
  const grants = createGrantStore(
    {
      accessMs: (options.accessTokenSeconds ?? 300) * 1000,
      refreshMs: (options.refreshTokenSeconds ?? 2_592_000) * 1000,
      codeMs: (options.codeSeconds ?? 60) * 1000,
    },
    Date.now,
  );
  const events: OAuthEvent[] = [];
  const issuer = () => `${origin()}${REALM_PATH}`;

  function discovery(): OAuthAnswer {
    const base = `${origin()}${PROTOCOL}`;
    return {
      status: 200,
      body: {
        issuer: issuer(),
        authorization_endpoint: `${base}/auth`,
        token_endpoint: `${base}/token`,
        revocation_endpoint: `${base}/revoke`,
        jwks_uri: `${base}/certs`,
        response_types_supported: ['code'],
        grant_types_supported: ['authorization_code', 'refresh_token'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
        revocation_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
        authorization_response_iss_parameter_supported: true,
      },
    };
  }

  function authorize(request: OAuthRequest): OAuthAnswer {
    const parameters =
      request.method === 'POST' ? new URLSearchParams(request.raw) : request.url.searchParams;
    if (parameters.get('client_id') !== clientId) return page(400, '<p>Unknown client_id.</p>');
    const redirectUri = parameters.get('redirect_uri') ?? '';
    const allowed = options.redirectUris
      ? options.redirectUris.includes(redirectUri)
      : /^https?:\/\//.test(redirectUri);
    // Never redirect to an unregistered URI: the error is shown here instead.
    if (!allowed) return page(400, '<p>Invalid redirect_uri for this client.</p>');
    const redirect = (result: Record<string, string>): OAuthAnswer => {
      const target = new URL(redirectUri);
      for (const [name, value] of Object.entries(result)) target.searchParams.set(name, value);
      const state = parameters.get('state');
      if (state !== null) target.searchParams.set('state', state);
      target.searchParams.set('iss', issuer());
      return { status: 302, headers: { Location: target.href } };
    };
    if (parameters.get('response_type') !== 'code') return redirect({ error: 'unsupported_response_type' });
    const codeChallenge = parameters.get('code_challenge');
    if (!codeChallenge || parameters.get('code_challenge_method') !== 'S256') {
      return redirect({ error: 'invalid_request', error_description: 'PKCE with S256 is required' });
    }
    if (request.method === 'GET' && request.accept?.includes('text/html')) {
      return page(200, renderConsentPage(request.url.pathname, parameters));
    }
    if (parameters.get('decision') === 'deny') {
      return redirect({ error: 'access_denied', error_description: 'The user denied access' });
    }
    const scopes = (parameters.get('scope') ?? '').split(' ').filter(Boolean);
    return redirect({ code: grants.createCode({ clientId, redirectUri, scopes, codeChallenge }) });
  }

  function authenticate(form: URLSearchParams, authorization: string | undefined): boolean {
    const credentials = clientCredentials(form, authorization);
    return sameText(credentials.clientId, clientId) && sameText(credentials.clientSecret, clientSecret);
  }

  function token(request: OAuthRequest): OAuthAnswer {
    const form = new URLSearchParams(request.raw);
    const grantType = form.get('grant_type') ?? '';
    const answer = (result: OAuthAnswer): OAuthAnswer => {
      const body = result.body as { error?: string };
      events.push({ endpoint: 'token', grantType, outcome: body.error ?? 'ok' });
      return result;
    };
    if (!authenticate(form, request.authorization)) {
      return answer(oauthError(401, 'invalid_client', 'Invalid client or client credentials'));
    }
    try {
      if (grantType === 'authorization_code') {
        const tokens = grants.exchangeCode({
          code: form.get('code') ?? '',
          clientId,
          redirectUri: form.get('redirect_uri') ?? '',
          codeVerifier: form.get('code_verifier') ?? '',
        });
        return answer({ status: 200, body: tokens, headers: NO_STORE });
      }
      if (grantType === 'refresh_token') {
        return answer({
          status: 200,
          body: grants.refresh(form.get('refresh_token') ?? '', clientId),
          headers: NO_STORE,
        });
      }
      return answer(oauthError(400, 'unsupported_grant_type', `Unsupported grant_type ${grantType}`));
    } catch (error) {
      if (error instanceof GrantError) return answer(oauthError(400, error.error, error.description));
      throw error;
    }
  }

  function revoke(request: OAuthRequest): OAuthAnswer {
    const form = new URLSearchParams(request.raw);
    if (!authenticate(form, request.authorization)) {
      events.push({ endpoint: 'revoke', outcome: 'invalid_client' });
      return oauthError(401, 'invalid_client', 'Invalid client or client credentials');
    }
    const revoked = form.get('token');
    if (!revoked) {
      events.push({ endpoint: 'revoke', outcome: 'invalid_request' });
      return oauthError(400, 'invalid_request', 'Missing token');
    }
    grants.revoke(revoked);
    events.push({ endpoint: 'revoke', outcome: 'ok' });
    return { status: 200 };
  }

  const handlers: Record<string, (request: OAuthRequest) => OAuthAnswer> = {
    [`GET ${REALM_PATH}/.well-known/openid-configuration`]: discovery,
    [`GET ${PROTOCOL}/certs`]: () => ({ status: 200, body: { keys: [] } }),
    [`GET ${PROTOCOL}/auth`]: authorize,
    [`POST ${PROTOCOL}/auth`]: authorize,
    [`POST ${PROTOCOL}/token`]: token,
    [`POST ${PROTOCOL}/revoke`]: revoke,
  };

  const info: SandboxOAuth = {
    get issuer() {
      return issuer();
    },
    clientId,
    clientSecret,
    events,
    expireAccessTokens: () => grants.expireAccessTokens(),
  };

  return {
    info,
    /** Answers a request below the realm, or undefined for every other path. */
    handle(request: OAuthRequest): OAuthAnswer | undefined {
      if (!request.url.pathname.startsWith(`${REALM_PATH}/`)) return undefined;
      const handler = handlers[`${request.method} ${request.url.pathname}`];
      return handler
        ? handler(request)
        : oauthError(404, 'not_found', `Unknown login endpoint ${request.url.pathname}`);
    },
    /** Whether `Authorization: Bearer <token>` carries an access token issued here and still valid. */
    accepts(header: string | undefined): boolean {
      return header?.startsWith('Bearer ') === true && grants.accepts(header.slice(7));
    },
    reset(): void {
      grants.clear();
      events.length = 0;
    },
  };
}
