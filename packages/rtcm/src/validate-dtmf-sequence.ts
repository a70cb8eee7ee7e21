import { SipgateIOValidationError } from '@sipgateio/core';

const DTMF_SEQUENCE = /^[0-9A-D#*]+$/;

/**
 * Upper-cases a DTMF sequence and checks it contains only `0`–`9`, `A`–`D`, `#` and `*`.
 * @throws {SipgateIOValidationError} `The provided DTMF sequence is invalid`, naming `sequence`.
 */
export function validateDtmfSequence(sequence: unknown): string {
  const upper = typeof sequence === 'string' ? sequence.toUpperCase() : '';
  if (!DTMF_SEQUENCE.test(upper)) {
    throw new SipgateIOValidationError('The provided DTMF sequence is invalid', 'sequence');
  }
  return upper;
}
