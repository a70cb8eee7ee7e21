import * as ky from 'ky';
import type { KyModule } from './load-ky.js';

const loaded: Promise<KyModule> = Promise.resolve(ky);

/**
 * The browser build's ky loader (swapped in for load-ky.ts by the shared build config): browsers have fetch
 * natively, so loading ky eagerly costs nothing at start-up, and a static import lets bundlers drop what an
 * application does not use (a dynamic import keeps all of ky).
 */
export function loadKy(): Promise<KyModule> {
  return loaded;
}
