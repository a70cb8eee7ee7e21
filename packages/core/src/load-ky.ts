export type KyModule = typeof import('ky');

let kyLoading: Promise<KyModule> | undefined;

/**
 * ky is loaded on the first request, not when core is imported: at load time it probes stream support by
 * building a Request with a ReadableStream body, which pulls in undici and web streams in every process that
 * merely imports the SDK. One promise for the whole process; a failed load is tried again next time.
 * Browser builds use load-ky.browser.ts instead (a static import, so bundlers can tree-shake ky).
 */
export function loadKy(): Promise<KyModule> {
  kyLoading ??= import('ky').catch((error: unknown) => {
    kyLoading = undefined;
    throw error;
  });
  return kyLoading;
}
