declare const __SIPGATEIO_VERSION__: string;

/** The version of `@sipgateio/core`, taken from its package.json at build time. */
export const SDK_VERSION: string = __SIPGATEIO_VERSION__;

interface RuntimeInfo {
  version?: string;
  type: string;
  name: string;
  os?: string;
}

interface RuntimeGlobals {
  process?: { versions?: { node?: string; bun?: string }; platform?: string };
  Deno?: { version?: { deno?: string }; build?: { os?: string } };
  navigator?: { userAgent?: string };
}

/** The runtime, as the JSON of the `X-Sipgate-Client` header (keys as the original sent them). */
export function describeRuntime(globals: RuntimeGlobals = globalThis as RuntimeGlobals): RuntimeInfo {
  const { process, Deno, navigator } = globals;
  if (process?.versions?.bun) {
    return { version: process.versions.bun, type: 'bun', name: 'bun', os: process.platform };
  }
  if (process?.versions?.node) {
    return { version: process.versions.node, type: 'node', name: 'node', os: process.platform };
  }
  if (Deno?.version?.deno) {
    return { version: Deno.version.deno, type: 'deno', name: 'deno', os: Deno.build?.os };
  }
  const agent = navigator?.userAgent;
  if (agent) {
    const match = /(Edg|Firefox|Chrome|Safari)\/(\d+[\d.]*)/.exec(agent);
    const names: Record<string, string> = {
      Edg: 'edge',
      Firefox: 'firefox',
      Chrome: 'chrome',
      Safari: 'safari',
    };
    return { version: match?.[2], type: 'browser', name: match ? names[match[1]!]! : 'browser' };
  }
  return { type: 'unknown', name: 'unknown' };
}
