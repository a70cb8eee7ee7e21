import {
  adaptClient,
  type RequestOptions,
  type SipgateIOClient,
  validateBoolean,
  validateHttpUrl,
} from '@sipgateio/core';
import type { CallLike, RecordOptions, RTCMCall, RTCMModule, TransferOptions } from './rtcm.types.js';
import { validateCall } from './validate-call.js';
import { validateDtmfSequence } from './validate-dtmf-sequence.js';
import { validateTransferOptions } from './validate-transfer-options.js';

const ERROR_MESSAGES = { 404: 'The requested Call could not be found' } as const;
const IDEMPOTENT_OPTIONS: RequestOptions = { errorMessages: ERROR_MESSAGES };

function callPath(call: CallLike, suffix = ''): string {
  return `/calls/${encodeURIComponent(validateCall(call))}${suffix}`;
}

function writeOptions(outcomeSubject: string): RequestOptions {
  return { errorMessages: ERROR_MESSAGES, outcomeSubject };
}

/**
 * Creates the real-time call manipulation module: act on established calls by their call id.
 *
 * @example
 * ```ts
 * import { sipgateIO } from '@sipgateio/core';
 * import { createRTCMModule } from '@sipgateio/rtcm';
 *
 * const rtcm = createRTCMModule(sipgateIO({ tokenId, token }));
 * for (const call of await rtcm.getEstablishedCalls()) await rtcm.hold(call, true);
 * ```
 * @throws {SipgateIOValidationError} (as a rejection) when a call has no `callId` or an argument is invalid.
 * @throws {SipgateIONotFoundError} (as a rejection) `The requested Call could not be found` on 404.
 */
export function createRTCMModule(sipgateClient: SipgateIOClient): RTCMModule {
  const client = adaptClient(sipgateClient, ERROR_MESSAGES);
  return {
    async getEstablishedCalls(): Promise<RTCMCall[]> {
      const response = await client.get<{ data?: RTCMCall[] }>('/calls', IDEMPOTENT_OPTIONS);
      return response?.data ?? [];
    },

    async mute(call: CallLike, status: boolean): Promise<void> {
      const path = callPath(call, '/muted');
      const value = validateBoolean(status, 'status');
      await client.put(path, { value }, IDEMPOTENT_OPTIONS);
    },

    async record(call: CallLike, recordOptions: RecordOptions): Promise<void> {
      const path = callPath(call, '/recording');
      const announcement = validateBoolean(recordOptions?.announcement, 'recordOptions.announcement');
      const value = validateBoolean(recordOptions?.value, 'recordOptions.value');
      await client.put(path, { announcement, value }, IDEMPOTENT_OPTIONS);
    },

    async announce(call: CallLike, announcement: string): Promise<void> {
      const path = callPath(call, '/announcements');
      const url = validateHttpUrl(announcement, { field: 'announcement', description: 'announcement URL' });
      await client.post(path, { url }, writeOptions('the announcement'));
    },

    async transfer(call: CallLike, transferOptions: TransferOptions): Promise<void> {
      const path = callPath(call, '/transfer');
      const body = validateTransferOptions(transferOptions);
      await client.post(path, body, writeOptions('the transfer'));
    },

    async sendDTMF(call: CallLike, sequence: string): Promise<void> {
      const path = callPath(call, '/dtmf');
      const normalized = validateDtmfSequence(sequence);
      await client.post(path, { sequence: normalized }, writeOptions('the DTMF sequence'));
    },

    async hold(call: CallLike, status: boolean): Promise<void> {
      const path = callPath(call, '/hold');
      const value = validateBoolean(status, 'status');
      await client.put(path, { value }, IDEMPOTENT_OPTIONS);
    },

    async hangUp(call: CallLike): Promise<void> {
      await client.delete(callPath(call), IDEMPOTENT_OPTIONS);
    },
  };
}
