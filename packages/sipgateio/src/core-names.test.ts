import * as core from '@sipgateio/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as sipgateio from './index.js';

describe('the sipgateio meta-package re-exports all of @sipgateio/core', () => {
  it('has every runtime name of core, bound to the same value', () => {
    const ours = new Map(Object.entries(sipgateio));
    const missing = Object.keys(core).filter((name) => !ours.has(name));
    expect(missing).toEqual([]);
    for (const [name, value] of Object.entries(core)) expect(ours.get(name), name).toBe(value);
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
