import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const directory = new URL('./', import.meta.url);
const sources = readdirSync(directory)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => ({ file, code: withoutComments(readFileSync(new URL(file, directory), 'utf8')) }));

// Comments may mention Buffer or process; only code counts. `//` after `:` (URLs in strings) is not a comment.
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
}

/** Lines of `code` matching `pattern`, for readable failures. */
function offending(code: string, pattern: RegExp): string[] {
  return code.split('\n').filter((line) => pattern.test(line));
}

describe('browser safety of @sipgateio/core', () => {
  it('finds the sources', () => {
    expect(sources.map(({ file }) => file)).toEqual(
      expect.arrayContaining(['client.ts', 'base64.ts', 'platform.ts']),
    );
  });

  it.each(sources)('$file imports no node: modules and no Node built-ins', ({ code }) => {
    expect(
      offending(code, /from\s+['"](node:[^'"]*|fs|path|http|https|net|crypto|buffer|util|os)['"]/),
    ).toEqual([]);
    expect(offending(code, /(import|require)\s*\(\s*['"]node:/)).toEqual([]);
  });

  it.each(sources)('$file does not use Buffer', ({ code }) => {
    expect(offending(code, /\bBuffer\b/)).toEqual([]);
  });

  it.each(sources.filter(({ file }) => file !== 'client.ts' && file !== 'platform.ts'))(
    '$file does not touch process',
    ({ code }) => {
      expect(offending(code, /\bprocess\b/)).toEqual([]);
    },
  );

  it('client.ts reads process only through a guarded globalThis lookup', () => {
    const { code } = sources.find(({ file }) => file === 'client.ts')!;
    const uses = offending(code, /\bprocess\b/);
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line).toMatch(/globalThis as \{ process\?:.*\}\)\.process\?\.env/);
  });

  it('platform.ts reads process only from the globals object it was given', () => {
    const { code } = sources.find(({ file }) => file === 'platform.ts')!;
    expect(code).toMatch(/const \{[^}]*\bprocess\b[^}]*\} = globals;/);
    expect(code).not.toMatch(/globalThis\.process|globalThis\s*\[\s*['"]process/);
    // Every use after the destructuring is optional-chained or inside a branch that checked it.
    for (const line of offending(code, /\bprocess\b/)) {
      expect(line).toMatch(
        /process\?\.|process\?:|\{ process,|process\.versions\.(bun|node)|process\.platform/,
      );
    }
  });
});
