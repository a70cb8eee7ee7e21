/**
 * Resolves after `milliseconds`, or rejects with the signal's reason as soon as it aborts (at once when it has
 * already aborted); the timer and the listener are removed either way, so nothing keeps the process alive
 * after an abort. For polling loops.
 *
 * @example
 * ```ts
 * await abortableSleep(5000, signal);
 * ```
 * @throws Whatever `signal.reason` holds, when `signal` aborts.
 */
export function abortableSleep(milliseconds: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
