import { SipgateIOError } from '@sipgateio/core';
import type { FaxStatus } from './fax.types.js';

/** `waitForFaxStatus` gave up: the fax did not reach `SENT` or `FAILED` within the timeout. */
export class FaxStatusTimeoutError extends SipgateIOError {
  override name = 'FaxStatusTimeoutError';
  /** The fax that was awaited. */
  readonly sessionId: string;
  /** The last status read before giving up; undefined when no status request completed. */
  readonly lastStatus: FaxStatus | undefined;
  /** The timeout in milliseconds. */
  readonly timeout: number;

  constructor(
    details: { sessionId: string; lastStatus: FaxStatus | undefined; timeout: number },
    options?: { cause?: unknown },
  ) {
    super(
      `Fax ${details.sessionId} did not reach SENT or FAILED within ${details.timeout} ms ` +
        `(last status: ${details.lastStatus ?? 'none received'}). It may still be sent: check its status later.`,
      options,
    );
    this.sessionId = details.sessionId;
    this.lastStatus = details.lastStatus;
    this.timeout = details.timeout;
  }
}
