import { SipgateIOValidationError } from '@sipgateio/core';
import { SipgateIOReauthorizationRequiredError } from './errors.js';
import { createMemoryTokenStore } from './memory-token-store.js';
import type { RefreshingTokenProvider, TokenProviderOptions, TokenSet } from './oauth.types.js';

const DEFAULT_SKEW_SECONDS = 30;

function validateSkew(skewSeconds: unknown): number {
  if (typeof skewSeconds !== 'number' || !Number.isFinite(skewSeconds) || skewSeconds < 0) {
    throw new SipgateIOValidationError(
      'skewSeconds must be a finite number of seconds, 0 or more',
      'skewSeconds',
    );
  }
  return skewSeconds;
}

function notSignedIn(): SipgateIOReauthorizationRequiredError {
  return new SipgateIOReauthorizationRequiredError(
    'There is no token set in the store: the user has not signed in yet, or signed out. Send the user through the login.',
    { error: 'login_required' },
  );
}

/**
 * Creates the token function of an OAuth client. All refreshes of one provider run one at a time and are
 * shared: a refresh rotates the refresh token, so two refreshes at once would invalidate each other.
 *
 * @throws {SipgateIOValidationError} for a negative or non-finite `skewSeconds`.
 */
export function createTokenProvider(
  refresh: (tokenSet: TokenSet) => Promise<TokenSet>,
  options: TokenProviderOptions,
): RefreshingTokenProvider {
  const store = options.store ?? createMemoryTokenStore();
  const skewMs = validateSkew(options.skewSeconds ?? DEFAULT_SKEW_SECONDS) * 1000;
  let inflight: Promise<TokenSet> | undefined;
  // The refresh token that got invalid_grant: asking again with it could only fail the same way.
  let deadGrant:
    | { refreshToken: string | undefined; error: SipgateIOReauthorizationRequiredError }
    | undefined;

  const usable = (tokenSet: TokenSet, rejected: string | undefined): boolean =>
    tokenSet.accessToken !== rejected && tokenSet.expiresAt - skewMs > Date.now();

  async function renew(rejected: string | undefined): Promise<TokenSet> {
    // Read again: another caller (or another process sharing the store) may have refreshed meanwhile.
    const latest = await store.get();
    if (latest === undefined) throw notSignedIn();
    if (usable(latest, rejected)) return latest;
    if (deadGrant !== undefined && deadGrant.refreshToken === latest.refreshToken) throw deadGrant.error;
    try {
      const renewed = await refresh(latest);
      await store.set(renewed);
      return renewed;
    } catch (error) {
      if (error instanceof SipgateIOReauthorizationRequiredError) {
        deadGrant = { refreshToken: latest.refreshToken, error };
      }
      throw error;
    }
  }

  function shared(rejected: string | undefined): Promise<TokenSet> {
    inflight ??= renew(rejected).finally(() => {
      inflight = undefined;
    });
    return inflight;
  }

  return async (context) => {
    const rejected = context?.rejectedToken;
    if (inflight === undefined) {
      const current = await store.get();
      if (current === undefined) throw notSignedIn();
      if (usable(current, rejected)) return current.accessToken;
    }
    let tokenSet = await shared(rejected);
    // Joined a refresh started for expiry that handed out the very token the API just rejected.
    if (tokenSet.accessToken === rejected) tokenSet = await shared(rejected);
    return tokenSet.accessToken;
  };
}
