import { adaptClient, type SipgateIOClient } from '@sipgateio/core';
import type { CallData, CallModule, InitiateNewCallSessionResponse } from './call.types.js';
import { validateCallData } from './validate-call-data.js';

const ERROR_MESSAGES = {
  400: 'Invalid Call object',
  402: 'Insufficient funds',
  403: 'Cannot access extension - not found or forbidden',
} as const;

/**
 * Creates the call module: start calls whose `sessionId` is the RTCM `callId` of the new call.
 *
 * @example
 * ```ts
 * import { sipgateIO, adaptClient } from '@sipgateio/core';
 * import { createCallModule } from '@sipgateio/call';
 *
 * const call = createCallModule(sipgateIO({ tokenId, token }));
 * const { sessionId } = await call.initiate({ from: 'e14', to: '+4921165432' });
 * ```
 * @throws {SipgateIOValidationError} (as a rejection) when `to`, `from`, `deviceId` or `callerId` is invalid.
 * @throws {SipgateIOHttpError} (as a rejection) `Invalid Call object` (400), `Insufficient funds` (402);
 * SipgateIOPermissionError `Cannot access extension - not found or forbidden` (403).
 * @throws {SipgateIOOutcomeUnknownError} (as a rejection) when no answer arrived: the call may have started.
 */
export function createCallModule(sipgateClient: SipgateIOClient): CallModule {
  const client = adaptClient(sipgateClient, ERROR_MESSAGES);
  return {
    async initiate(callData: CallData): Promise<InitiateNewCallSessionResponse> {
      const body = validateCallData(callData);
      return client.post<InitiateNewCallSessionResponse>('/sessions/calls', body, {
        errorMessages: ERROR_MESSAGES,
        outcomeSubject: 'the call',
      });
    },
  };
}
