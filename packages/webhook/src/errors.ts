import { SipgateIOError } from '@sipgateio/core';

/**
 * A webhook request was refused (bad signature, wrong method, body too large…) or its handler ran out of
 * time. Passed to `onError`; never thrown at callers. `status` is the HTTP status that was answered.
 */
export class SipgateIOWebhookError extends SipgateIOError {
  override name = 'SipgateIOWebhookError';
  readonly status: number;

  constructor(message: string, status: number, options?: { cause?: unknown }) {
    super(message, options);
    this.status = status;
  }
}

/** Original SDK error texts, kept for callers that match on them. */
export const WebhookErrorMessage = {
  AUDIO_FORMAT_ERROR: 'Invalid audio format. Please use 16bit PCM WAVE mono audio at 8kHz.',
  INVALID_ORIGIN: 'Caution! IP address is not from sipgate',
  SERVERADDRESS_DOES_NOT_MATCH:
    'Given serverAddress does not match with Webhook URLs at console.sipgate.com. Follow-Up events will likely fail.',
  SERVERADDRESS_MISSING_FOR_FOLLOWUPS: 'No serverAddress set. No Follow-Up Events will be sent.',
  SIPGATE_SIGNATURE_VERIFICATION_FAILED: 'Signature verification failed.',
  INVALID_DTMF_MAX_DIGITS: 'Invalid DTMF maxDigits. The max digits should be equal or greater than 1',
  INVALID_DTMF_TIMEOUT: 'Invalid DTMF timeout. The timeout should be equal or greater than 0',
} as const;
/** One of the {@link WebhookErrorMessage} texts. */
export type WebhookErrorMessage = (typeof WebhookErrorMessage)[keyof typeof WebhookErrorMessage];
