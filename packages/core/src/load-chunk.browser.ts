import { SipgateIOError } from './errors.js';

/**
 * Runs `use` on a module of the browser build that is loaded on first use (`import()`: an application's
 * bundler puts it into a chunk of its own, out of the main bundle). A chunk that cannot be loaded (the
 * network is gone, the deployment changed) rejects with a {@link SipgateIOError} that has the cause; nothing
 * was sent then.
 */
export async function withChunk<M, T>(
  load: () => Promise<M>,
  use: (loaded: M) => T | Promise<T>,
): Promise<T> {
  let loaded: M;
  try {
    loaded = await load();
  } catch (cause) {
    throw new SipgateIOError(`Loading a part of the sipgate.io SDK failed: ${String(cause)}`, { cause });
  }
  return use(loaded);
}
