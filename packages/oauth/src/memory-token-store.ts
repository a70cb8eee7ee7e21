import type { TokenSet, TokenStore } from './oauth.types.js';

/**
 * A token store that keeps the token set in this process's memory (lost on restart; one process only).
 *
 * @example
 * ```ts
 * const store = createMemoryTokenStore();
 * await store.set(await oauth.exchangeCode(callbackUrl, login));
 * const client = sipgateIO({ token: oauth.tokenProvider({ store }) });
 * ```
 */
export function createMemoryTokenStore(initial?: TokenSet): TokenStore {
  let current = initial;
  return {
    async get() {
      return current;
    },
    async set(tokenSet) {
      current = tokenSet;
    },
  };
}
