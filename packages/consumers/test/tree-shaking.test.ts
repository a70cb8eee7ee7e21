import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { metaProject } from './packed.js';

/** A minified browser bundle of `source`, resolved inside the installed project, as text. */
async function bundle(project: string, source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: project, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('tree shaking of the installed meta-package (esbuild, browser)', () => {
  let fromMeta = '';
  let fromFeatures = '';
  let everything = '';

  beforeAll(async () => {
    const project = await metaProject();
    [fromMeta, fromFeatures, everything] = await Promise.all([
      bundle(project, `export { createSMSModule, sipgateIO } from 'sipgateio';`),
      bundle(
        project,
        `export { sipgateIO } from '@sipgateio/core';\nexport { createSMSModule } from '@sipgateio/sms';`,
      ),
      bundle(project, `import * as sipgateio from 'sipgateio';\nconsole.log(sipgateio);`),
    ]);
  });

  it('a bundle of sipgateIO + createSMSModule from sipgateio is as small as one from @sipgateio/core + sms', () => {
    expect(Math.abs(fromMeta.length - fromFeatures.length)).toBeLessThanOrEqual(300);
  });

  it('leaves the other features out', () => {
    // The comparison means something only if the other features are big: all of them are several times SMS.
    expect(everything.length).toBeGreaterThan(2 * fromMeta.length);
    expect(everything).toContain('Fax was not found');
    expect(fromMeta).not.toContain('Fax was not found');
    expect(fromMeta).toContain('Invalid SMS extension');
  });
});
