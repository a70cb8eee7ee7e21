import * as core from '@sipgateio/core';
import * as oauth from '@sipgateio/oauth';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as sipgateio from './index.js';

/** The runtime names of `module` that the meta-package lacks or binds to another value. */
function unmatchedNames(module: Record<string, unknown>): string[] {
  const ours = new Map(Object.entries(sipgateio));
  return Object.entries(module)
    .filter(([name, value]) => !ours.has(name) || ours.get(name) !== value)
    .map(([name]) => name);
}

describe('the sipgateio meta-package re-exports all of @sipgateio/core', () => {
  it('has every runtime name of core, bound to the same value', () => {
    expect(Object.keys(core).length).toBeGreaterThan(0);
    expect(unmatchedNames(core)).toEqual([]);
  });

  it('has the type-only names of core', () => {
    expectTypeOf<sipgateio.BatchOutcome>().toEqualTypeOf<core.BatchOutcome>();
    expectTypeOf<sipgateio.Base64DecodeOptions>().toEqualTypeOf<core.Base64DecodeOptions>();
    expectTypeOf<sipgateio.RequestRoute>().toEqualTypeOf<core.RequestRoute>();
    expectTypeOf<sipgateio.Route>().toEqualTypeOf<core.Route>();
    expectTypeOf<sipgateio.RouteParams<'GET /history'>>().toEqualTypeOf<core.RouteParams<'GET /history'>>();
    expectTypeOf<sipgateio.SipgateIORestClient>().toEqualTypeOf<core.SipgateIORestClient>();
    expectTypeOf<sipgateio.SipgateIOMethods>().toEqualTypeOf<core.SipgateIOMethods>();
  });
});

describe('the sipgateio meta-package re-exports all of @sipgateio/oauth', () => {
  it('has every runtime name of oauth, bound to the same value', () => {
    expect(Object.keys(oauth)).toContain('createOAuthClient');
    expect(unmatchedNames(oauth)).toEqual([]);
  });

  it('has the type-only names of oauth', () => {
    expectTypeOf<sipgateio.AuthorizationRequest>().toEqualTypeOf<oauth.AuthorizationRequest>();
    expectTypeOf<sipgateio.AuthorizationUrlOptions>().toEqualTypeOf<oauth.AuthorizationUrlOptions>();
    expectTypeOf<sipgateio.ExchangeCodeOptions>().toEqualTypeOf<oauth.ExchangeCodeOptions>();
    expectTypeOf<sipgateio.OAuthClient>().toEqualTypeOf<oauth.OAuthClient>();
    expectTypeOf<sipgateio.OAuthClientEntry>().toEqualTypeOf<oauth.OAuthClientEntry>();
    expectTypeOf<sipgateio.OAuthClientOptions>().toEqualTypeOf<oauth.OAuthClientOptions>();
    expectTypeOf<sipgateio.OAuthClientRequest>().toEqualTypeOf<oauth.OAuthClientRequest>();
    expectTypeOf<sipgateio.OAuthClientsModule>().toEqualTypeOf<oauth.OAuthClientsModule>();
    expectTypeOf<sipgateio.OAuthErrorDetails>().toEqualTypeOf<oauth.OAuthErrorDetails>();
    expectTypeOf<sipgateio.RefreshingTokenProvider>().toEqualTypeOf<oauth.RefreshingTokenProvider>();
    expectTypeOf<sipgateio.TokenProviderOptions>().toEqualTypeOf<oauth.TokenProviderOptions>();
    expectTypeOf<sipgateio.TokenRequestContext>().toEqualTypeOf<oauth.TokenRequestContext>();
    expectTypeOf<sipgateio.TokenSet>().toEqualTypeOf<oauth.TokenSet>();
    expectTypeOf<sipgateio.TokenStore>().toEqualTypeOf<oauth.TokenStore>();
  });
});
