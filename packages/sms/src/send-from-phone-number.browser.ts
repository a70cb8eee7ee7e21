import { SipgateIOError } from '@sipgateio/core';
import type { SmsBody, SmsModuleSteps } from './send-from-phone-number.js';

/**
 * The browser build's `sendFromPhoneNumber` (swapped in for send-from-phone-number.ts by the shared build
 * config): the same function, loaded on the first SMS sent from a phone number, so a program that sends from
 * an SMS extension only leaves it out of its main bundle. A chunk that cannot be loaded rejects with a
 * {@link SipgateIOError} that has the cause (as core's browser build does); nothing was sent then.
 */
export async function sendFromPhoneNumber(
  steps: SmsModuleSteps,
  from: string,
  body: Omit<SmsBody, 'smsId'>,
): Promise<void> {
  let loaded: typeof import('./send-from-phone-number.js');
  try {
    loaded = await import('./send-from-phone-number.js');
  } catch (cause) {
    throw new SipgateIOError(`Loading a part of the sipgate.io SDK failed: ${String(cause)}`, { cause });
  }
  return loaded.sendFromPhoneNumber(steps, from, body);
}
