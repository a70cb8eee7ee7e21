import { describe, expectTypeOf, it } from 'vitest';
import type { CallLike, RTCMCall, RTCMModule, TransferOptions } from './index.js';

describe('public types', () => {
  it('accepts an RTCMCall or any { callId } wherever a call is expected', () => {
    expectTypeOf<RTCMCall>().toExtend<CallLike>();
    expectTypeOf<{ callId: string; from: string }>().toExtend<Parameters<RTCMModule['hangUp']>[0]>();
    expectTypeOf<RTCMModule['getEstablishedCalls']>().returns.resolves.toEqualTypeOf<RTCMCall[]>();
  });

  it('makes callerId optional in transfer options', () => {
    expectTypeOf<{ attended: boolean; phoneNumber: string }>().toExtend<TransferOptions>();
    expectTypeOf<TransferOptions['callerId']>().toEqualTypeOf<string | undefined>();
  });
});
