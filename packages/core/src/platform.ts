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
  // Deno 2 and Bun also define process.versions.node, so they are recognised first.
  if (Deno?.version?.deno) {
    return { version: Deno.version.deno, type: 'deno', name: 'deno', os: Deno.build?.os };
  }
  for (const name of ['bun', 'node'] as const) {
    const version = process?.versions?.[name];
    if (version) return { version, type: name, name, os: process?.platform };
  }
  const agent = navigator?.userAgent;
  if (agent) {
    // Edge's agent also names Chrome and Safari, Chrome's names Safari: most specific first. Safari's own
    // version is in `Version/`, its `Safari/` token is the WebKit build.
    for (const [pattern, name] of BROWSER_AGENTS) {
      const match = pattern.exec(agent);
      if (match) return { version: match[1], type: 'browser', name };
    }
    return { type: 'browser', name: 'browser' };
  }
  return { type: 'unknown', name: 'unknown' };
}

const BROWSER_AGENTS: readonly (readonly [RegExp, string])[] = [
  [/\bEdg(?:e|A|iOS)?\/(\d[\d.]*)/, 'edge'],
  [/\b(?:Firefox|FxiOS)\/(\d[\d.]*)/, 'firefox'],
  [/\b(?:Chrome|CriOS)\/(\d[\d.]*)/, 'chrome'],
  [/\bVersion\/(\d[\d.]*).*\bSafari\//, 'safari'],
];
