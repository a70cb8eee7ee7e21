/** The oauth4webapi module, as its first use loads it. */
export type OAuth4WebApi = typeof import('oauth4webapi');

let loading: Promise<OAuth4WebApi> | undefined;

/**
 * oauth4webapi is loaded on the first login, refresh or revocation, not when this package is imported: it
 * ships ESM only, and a static import made `require('sipgateio')` fail in runtimes that cannot require ESM
 * (Jest's default CommonJS mode), also for apps that never use OAuth. The CommonJS build bundles it, so this
 * import needs no ESM support there. One promise for the whole process; a failed load is tried again next time.
 */
export function loadOAuth4WebApi(): Promise<OAuth4WebApi> {
  loading ??= import('oauth4webapi').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
