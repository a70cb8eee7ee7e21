import { validateId } from '@sipgateio/core';

/**
 * Checks that `call` carries a usable call id and returns it (the original crashed with a TypeError on a
 * missing call object).
 * @throws {SipgateIOValidationError} naming `call.callId`.
 */
export function validateCall(call: unknown): string {
  const callId =
    typeof call === 'object' && call !== null ? (call as { callId?: unknown }).callId : undefined;
  return validateId(callId, 'call.callId', {
    message: () =>
      `Invalid call: expected an RTCMCall or an object with a non-empty callId, got ${describe(call)}`,
  });
}

function describe(call: unknown): string {
  if (call === null || typeof call !== 'object') return String(call);
  const callId = (call as { callId?: unknown }).callId;
  return `callId ${callId === undefined ? 'undefined' : JSON.stringify(callId)}`;
}
