import { createHash, randomBytes } from 'node:crypto';

/** What the sandbox remembers about one sign-in: its scopes, its current refresh token, whether it is revoked. */
interface Grant {
  clientId: string;
  scopes: string[];
  refreshToken: string;
  refreshExpiresAt: number;
  revoked: boolean;
}

interface PendingCode {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  codeChallenge: string;
  expiresAt: number;
  /** Set once exchanged: a second exchange fails and revokes what the first one issued. */
  grant?: Grant;
}

/** Lifetimes in milliseconds. */
export interface GrantLifetimes {
  accessMs: number;
  refreshMs: number;
  codeMs: number;
}

/** What the token endpoint answers on success. */
export interface IssuedTokens {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  refresh_token: string;
  refresh_expires_in: number;
  scope: string;
}

/** A failed grant, as the OAuth error code the token endpoint answers with. */
export class GrantError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
  ) {
    super(description);
  }
}

function randomToken(prefix: string): string {
  return `${prefix}${randomBytes(24).toString('base64url')}`;
}

const jwtSegment = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * A JWT-shaped access token, as sipgate's Keycloak issues them (clients check the shape). The sandbox knows
 * its tokens by value, so the signature segment is random rather than a signature.
 */
function accessTokenFor(grant: Grant, issuedAt: number, expiresAt: number): string {
  const header = jwtSegment({ alg: 'RS256', typ: 'JWT' });
  const payload = jwtSegment({
    sub: 'w0',
    azp: grant.clientId,
    scope: grant.scopes.join(' '),
    iat: Math.floor(issuedAt / 1000),
    exp: Math.floor(expiresAt / 1000),
    jti: randomBytes(12).toString('hex'),
  });
  return `${header}.${payload}.${randomBytes(32).toString('base64url')}`;
}

/** Codes, grants and tokens of the sandbox's authorization server, with rotation and revocation. */
export function createGrantStore(lifetimes: GrantLifetimes, now: () => number) {
  const codes = new Map<string, PendingCode>();
  const grantsByRefresh = new Map<string, Grant>();
  const accessTokens = new Map<string, { grant: Grant; expiresAt: number }>();

  function issue(grant: Grant): IssuedTokens {
    const issuedAt = now();
    const expiresAt = issuedAt + lifetimes.accessMs;
    const accessToken = accessTokenFor(grant, issuedAt, expiresAt);
    accessTokens.set(accessToken, { grant, expiresAt });
    grantsByRefresh.delete(grant.refreshToken);
    grant.refreshToken = randomToken('srt_');
    grant.refreshExpiresAt = now() + lifetimes.refreshMs;
    grantsByRefresh.set(grant.refreshToken, grant);
    return {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: Math.round(lifetimes.accessMs / 1000),
      refresh_token: grant.refreshToken,
      refresh_expires_in: Math.round(lifetimes.refreshMs / 1000),
      scope: grant.scopes.join(' '),
    };
  }

  return {
    createCode(request: Omit<PendingCode, 'expiresAt' | 'grant'>): string {
      const code = randomToken('sac_');
      codes.set(code, { ...request, expiresAt: now() + lifetimes.codeMs });
      return code;
    },

    exchangeCode(request: {
      code: string;
      clientId: string;
      redirectUri: string;
      codeVerifier: string;
    }): IssuedTokens {
      const pending = codes.get(request.code);
      if (!pending || pending.expiresAt <= now()) throw new GrantError('invalid_grant', 'Code not valid');
      if (pending.grant) {
        // A code used twice may have been stolen: everything the first exchange issued stops working.
        pending.grant.revoked = true;
        throw new GrantError('invalid_grant', 'Code already used');
      }
      if (pending.clientId !== request.clientId)
        throw new GrantError('invalid_grant', 'Code was issued to another client');
      if (pending.redirectUri !== request.redirectUri)
        throw new GrantError('invalid_grant', 'Incorrect redirect_uri');
      const challenge = createHash('sha256').update(request.codeVerifier).digest('base64url');
      if (challenge !== pending.codeChallenge)
        throw new GrantError('invalid_grant', 'PKCE verification failed');
      const grant: Grant = {
        clientId: pending.clientId,
        scopes: pending.scopes,
        refreshToken: '',
        refreshExpiresAt: 0,
        revoked: false,
      };
      pending.grant = grant;
      return issue(grant);
    },

    refresh(refreshToken: string, clientId: string): IssuedTokens {
      const grant = grantsByRefresh.get(refreshToken);
      if (!grant || grant.revoked || grant.refreshExpiresAt <= now()) {
        throw new GrantError('invalid_grant', 'Token is not active');
      }
      if (grant.clientId !== clientId)
        throw new GrantError('invalid_grant', 'Token was issued to another client');
      return issue(grant);
    },

    /** Ends the grant a refresh or access token belongs to; unknown tokens are ignored (RFC 7009). */
    revoke(token: string): void {
      const grant = grantsByRefresh.get(token) ?? accessTokens.get(token)?.grant;
      if (grant) grant.revoked = true;
    },

    /** Whether the API accepts this bearer token: issued here, not expired, grant not revoked. */
    accepts(accessToken: string): boolean {
      const entry = accessTokens.get(accessToken);
      return entry !== undefined && !entry.grant.revoked && entry.expiresAt > now();
    },

    expireAccessTokens(): void {
      for (const entry of accessTokens.values()) entry.expiresAt = now();
    },

    clear(): void {
      codes.clear();
      grantsByRefresh.clear();
      accessTokens.clear();
    },
  };
}

/** The grant store of one sandbox. */
export type GrantStore = ReturnType<typeof createGrantStore>;
