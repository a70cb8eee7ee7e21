import type { KyInstance } from 'ky';
import { SipgateIOError } from './errors.js';

type RetryOptions = Exclude<NonNullable<Parameters<KyInstance['create']>[0]>['retry'], number | undefined>;

/** Methods that may be repeated without changing the outcome: retried by the client, never "outcome unknown". */
export const REPEATABLE_METHODS = ['get', 'put', 'delete', 'head'];

const DEFAULT_RETRY = 2;

/**
 * ky's retry options for a client: GET, PUT and DELETE (never POST or PATCH, which create or change things)
 * are repeated up to `limit` times (default 2) on 408/429/500/502/503/504, a timeout or a lost connection,
 * waiting as `Retry-After` says on 429/503 (at most a minute) and otherwise backing off up to 10 s.
 */
export function retryOptions(limit: number = DEFAULT_RETRY): RetryOptions {
  return {
    limit,
    methods: REPEATABLE_METHODS,
    statusCodes: [408, 429, 500, 502, 503, 504],
    afterStatusCodes: [429, 503],
    maxRetryAfter: 60_000,
    backoffLimit: 10_000,
    // Our own errors (a token function returning a malformed token) come out the same on every attempt.
    shouldRetry: ({ error }) => (error instanceof SipgateIOError ? false : undefined),
    // Only the repeatable methods above are ever retried, so a timed-out GET, PUT or DELETE may go again.
    retryOnTimeout: true,
  };
}

/** What the retry decision tracks across the attempts of one call. */
export interface RetryState {
  retryCount: number;
  // An attempt that got no answer may still have taken effect (the connection dropped after sending).
  earlierAttemptUnanswered: boolean;
}

/** Counts a retry; `answered` says whether the failed attempt got an HTTP answer (an error status). */
export function recordRetry(state: RetryState, answered: boolean): void {
  state.retryCount++;
  if (!answered) state.earlierAttemptUnanswered = true;
}

/**
 * True when a DELETE's 404 means it succeeded: it was retried after an attempt that got no answer, which
 * evidently deleted the resource.
 */
export function deletedByEarlierAttempt(method: string, status: number, state: RetryState): boolean {
  return method === 'DELETE' && status === 404 && state.earlierAttemptUnanswered;
}
