import { describe, expectTypeOf, it } from 'vitest';
import type { CallData, CallModule, InitiateNewCallSessionResponse } from './index.js';

describe('public types', () => {
  it('needs only to and from', () => {
    expectTypeOf<{ to: string; from: string }>().toExtend<CallData>();
    expectTypeOf<{ to: string }>().not.toExtend<CallData>();
  });

  it('resolves { sessionId }', () => {
    expectTypeOf<CallModule['initiate']>().returns.resolves.toEqualTypeOf<InitiateNewCallSessionResponse>();
    expectTypeOf<InitiateNewCallSessionResponse>().toEqualTypeOf<{ sessionId: string }>();
  });
});
