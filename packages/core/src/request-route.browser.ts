import type { SipgateIOMethods } from './client.types.js';
import { withChunk } from './load-chunk.browser.js';
import type { SendRequest } from './request-route.js';
import type { RequestRoute } from './request-route.types.js';

export type { SendRequest } from './request-route.js';

type RouteArgs = [route: string, params?: Record<string, unknown>, options?: object];

function lazyRoute(build: (loaded: typeof import('./request-route.js')) => RequestRoute): RequestRoute {
  return ((...args: RouteArgs) =>
    withChunk(
      () => import('./request-route.js'),
      (loaded) => (build(loaded) as unknown as (...routeArgs: RouteArgs) => Promise<unknown>)(...args),
    )) as unknown as RequestRoute;
}

/**
 * The browser build's `routeRequest` (swapped in for request-route.ts by the shared build config): the same
 * function, loaded on the first `client.request` call, so a program that never calls it leaves the route
 * runtime out of its main bundle.
 */
export function routeRequest(send: SendRequest): RequestRoute {
  return lazyRoute((loaded) => loaded.routeRequest(send));
}

/** The browser build's `createRequestRoute`: request-route.ts's, loaded on the first call. */
export function createRequestRoute(client: SipgateIOMethods): RequestRoute {
  return lazyRoute((loaded) => loaded.createRequestRoute(client));
}
