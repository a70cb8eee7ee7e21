import { describe, expectTypeOf, it } from 'vitest';
import { type Fax, type FaxModule, FaxStatus } from './index.js';

describe('public types', () => {
  it('FaxStatus is both the const object and the union of its values', () => {
    expectTypeOf<FaxStatus>().toEqualTypeOf<'SENT' | 'PENDING' | 'FAILED' | 'SENDING' | 'SCHEDULED'>();
    expectTypeOf(FaxStatus.SENT).toEqualTypeOf<'SENT'>();
    expectTypeOf<FaxModule['waitForFaxStatus']>().returns.resolves.toEqualTypeOf<FaxStatus>();
  });

  it('accepts Buffer, Uint8Array, ArrayBuffer and Blob as fileContent, and no string', () => {
    expectTypeOf<Buffer>().toExtend<Fax['fileContent']>();
    expectTypeOf<Uint8Array>().toExtend<Fax['fileContent']>();
    expectTypeOf<ArrayBuffer>().toExtend<Fax['fileContent']>();
    expectTypeOf<Blob>().toExtend<Fax['fileContent']>();
    expectTypeOf<string>().not.toExtend<Fax['fileContent']>();
  });
});
