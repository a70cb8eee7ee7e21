import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeRuntime, SDK_VERSION } from './platform.js';

const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36';
const EDGE = `${CHROME} Edg/124.0.2478.67`;
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0';
const SAFARI =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15';
const CHROME_IOS =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1';

describe('describeRuntime', () => {
  it('describes Node with the original keys in the original order', () => {
    const described = describeRuntime();
    expect(JSON.stringify(described)).toBe(
      JSON.stringify({ version: process.versions.node, type: 'node', name: 'node', os: process.platform }),
    );
    expect(described.version).not.toMatch(/^v/);
  });

  it.each([
    [
      'node',
      { process: { versions: { node: '20.19.0' }, platform: 'linux' } },
      { version: '20.19.0', type: 'node', name: 'node', os: 'linux' },
    ],
    [
      'bun (which also reports a node version)',
      { process: { versions: { node: '22.6.0', bun: '1.1.30' }, platform: 'darwin' } },
      { version: '1.1.30', type: 'bun', name: 'bun', os: 'darwin' },
    ],
    [
      'deno',
      { Deno: { version: { deno: '1.46.3' }, build: { os: 'windows' } } },
      { version: '1.46.3', type: 'deno', name: 'deno', os: 'windows' },
    ],
    [
      'deno 2 (which also has a node-like process)',
      {
        Deno: { version: { deno: '2.0.0' }, build: { os: 'linux' } },
        process: { versions: { node: '20.11.1' }, platform: 'linux' },
      },
      { version: '2.0.0', type: 'deno', name: 'deno', os: 'linux' },
    ],
    [
      'chrome',
      { navigator: { userAgent: CHROME } },
      { version: '124.0.6367.91', type: 'browser', name: 'chrome' },
    ],
    ['edge', { navigator: { userAgent: EDGE } }, { version: '124.0.2478.67', type: 'browser', name: 'edge' }],
    [
      'firefox',
      { navigator: { userAgent: FIREFOX } },
      { version: '125.0', type: 'browser', name: 'firefox' },
    ],
    ['safari', { navigator: { userAgent: SAFARI } }, { version: '17.4.1', type: 'browser', name: 'safari' }],
    [
      'chrome on iOS',
      { navigator: { userAgent: CHROME_IOS } },
      { version: '124.0.6367.88', type: 'browser', name: 'chrome' },
    ],
    ['an unknown browser', { navigator: { userAgent: 'SomeBot/1.0' } }, { type: 'browser', name: 'browser' }],
    ['nothing known', {}, { type: 'unknown', name: 'unknown' }],
  ])('describes %s', (_case, globals, expected) => {
    const described = describeRuntime(globals);
    expect(JSON.parse(JSON.stringify(described))).toEqual(expected);
  });
});

describe('SDK_VERSION', () => {
  it('is the version in core’s package.json', () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(SDK_VERSION).toBe(version);
  });
});
