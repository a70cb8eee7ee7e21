import { SipgateIOError } from '@sipgateio/core';

/**
 * The SMS step finished but putting the previous default sender back failed: the account's default SMS sender
 * is still the number the SMS was sent from. `sent` tells whether the SMS itself went out.
 */
export class SmsSenderRestoreError extends SipgateIOError {
  override name = 'SmsSenderRestoreError';
  readonly sent: boolean;
  /** The caller id that should be the default again. */
  readonly previousDefault: string;

  constructor(message: string, details: { sent: boolean; previousDefault: string; cause: unknown }) {
    super(message, { cause: details.cause });
    this.sent = details.sent;
    this.previousDefault = details.previousDefault;
  }
}
