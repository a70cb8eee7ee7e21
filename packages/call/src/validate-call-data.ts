import {
  isExtension,
  normalizePhoneNumber,
  SipgateIOValidationError,
  validatePhoneNumber,
} from '@sipgateio/core';
import type { CallData } from './call.types.js';

/** Extension types that can place a call: VoIP phone, user phoneline, external phone, mobile. */
const DEVICE_EXTENSION_TYPES = 'epxy';

/** The `POST /sessions/calls` body. */
export interface NewCallRequest {
  caller: string;
  callee: string;
  callerId?: string;
  deviceId?: string;
}

/**
 * Checks a call's parameters in the original's order (first failure wins: callee, caller, device, caller id)
 * and returns the request body with phone numbers in E.164 form.
 * @throws {SipgateIOValidationError} with the original's message, naming `to`, `from`, `deviceId` or
 * `callerId`.
 */
export function validateCallData(callData: unknown): NewCallRequest {
  if (typeof callData !== 'object' || callData === null) {
    throw new SipgateIOValidationError(
      `Invalid call data: expected { to, from, callerId?, deviceId? }, got ${String(callData)}`,
      'callData',
    );
  }
  const { to, from, callerId, deviceId } = callData as Partial<Record<keyof CallData, unknown>>;

  const callee = validatePhoneNumber(to, 'to');

  const callerIsExtension = isExtension(from, DEVICE_EXTENSION_TYPES);
  const caller = callerIsExtension ? from : normalizePhoneNumber(from);
  if (caller === undefined) {
    throw new SipgateIOValidationError('Caller is not a valid extension or phone number', 'from');
  }

  const body: NewCallRequest = { caller, callee };
  // The original treated every falsy value (undefined, null, '') as "not given"; so do we, and leave it out.
  if (deviceId) {
    if (!isExtension(deviceId, DEVICE_EXTENSION_TYPES)) {
      throw new SipgateIOValidationError('Invalid extension', 'deviceId');
    }
    body.deviceId = deviceId;
  } else if (!callerIsExtension) {
    throw new SipgateIOValidationError('DeviceId is required if caller is not an extension', 'deviceId');
  }

  if (callerId) {
    const normalized = normalizePhoneNumber(callerId);
    if (normalized === undefined) {
      throw new SipgateIOValidationError('CallerId is not a valid phone number', 'callerId');
    }
    body.callerId = normalized;
  }
  return body;
}
