import { abortableSleep, SipgateIOAbortError, SipgateIOValidationError } from '@sipgateio/core';
import { FaxStatusTimeoutError } from './errors.js';
import { FaxStatus, type WaitForFaxStatusOptions } from './fax.types.js';

const DEFAULT_TIMEOUT = 600_000;
// sipgate's own fax example polls every 5 s; faster polling only burns requests.
const DEFAULT_INTERVAL = 5_000;
const MAX_TIMER = 2_147_483_647; // setTimeout fires at once for anything larger

/** Reads one status; must honour `signal`. */
export type ReadFaxStatus = (signal: AbortSignal) => Promise<FaxStatus>;

/**
 * Polls `readStatus` until it yields SENT or FAILED. The timeout also cuts a status request in flight, and
 * aborting stops at once; both clear every timer.
 * @throws {SipgateIOValidationError} naming `options.timeout` or `options.interval`.
 * @throws {FaxStatusTimeoutError} naming the last status seen.
 * @throws {SipgateIOAbortError} when `options.signal` aborts.
 */
export async function pollFaxStatus(
  sessionId: string,
  readStatus: ReadFaxStatus,
  options: WaitForFaxStatusOptions = {},
): Promise<FaxStatus> {
  const timeout = validateDuration(options.timeout ?? DEFAULT_TIMEOUT, 'options.timeout');
  const interval = validateDuration(options.interval ?? DEFAULT_INTERVAL, 'options.interval');
  const request = { method: 'GET', path: `/history/${encodeURIComponent(sessionId)}` };
  const userSignal = options.signal;
  if (userSignal?.aborted) {
    throw new SipgateIOAbortError('Waiting for the fax status was aborted', request, {
      cause: userSignal.reason,
    });
  }

  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeout);
  const signal = userSignal ? AbortSignal.any([userSignal, deadline.signal]) : deadline.signal;
  let lastStatus: FaxStatus | undefined;
  try {
    for (;;) {
      lastStatus = await readStatus(signal);
      if (lastStatus === FaxStatus.SENT || lastStatus === FaxStatus.FAILED) return lastStatus;
      await abortableSleep(interval, signal);
    }
  } catch (error) {
    if (userSignal?.aborted) {
      if (error instanceof SipgateIOAbortError) throw error;
      throw new SipgateIOAbortError('Waiting for the fax status was aborted', request, { cause: error });
    }
    if (deadline.signal.aborted) {
      throw new FaxStatusTimeoutError({ sessionId, lastStatus, timeout }, { cause: error });
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function validateDuration(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > MAX_TIMER) {
    throw new SipgateIOValidationError(
      `${field} must be a number of milliseconds between 1 and ${MAX_TIMER}, got ${String(value)}`,
      field,
    );
  }
  return value;
}
