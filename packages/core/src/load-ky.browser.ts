import ky, { HTTPError, TimeoutError } from 'ky';
import type { KyModule } from './load-ky.js';

// The three names core uses, not `import * as ky`: a namespace object keeps every export of ky in a bundle.
const loaded = Promise.resolve({ default: ky, HTTPError, TimeoutError } as KyModule);

/**
 * The browser build's ky loader (swapped in for load-ky.ts by the shared build config): browsers have fetch
 * natively, so loading ky eagerly costs nothing at start-up, and a static import lets bundlers drop what an
 * application does not use (a dynamic import keeps all of ky).
 */
export function loadKy(): Promise<KyModule> {
  return loaded;
}
