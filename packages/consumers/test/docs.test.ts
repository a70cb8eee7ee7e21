import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, run } from './packed.js';
import { publishedPackages } from './published-packages.js';

const CONSUMERS = resolve(import.meta.dirname, '..');
const TYPEDOC = resolve(CONSUMERS, 'node_modules/.bin/typedoc');
const config = JSON.parse(readFileSync(resolve(CONSUMERS, 'typedoc.json'), 'utf8'));

/** TypeDoc's page of a package in packages mode: `@sipgateio/sms` → modules/_sipgateio_sms.html. */
const modulePage = (name: string) => `modules/${name.replace(/[@/]/g, '_')}.html`;

describe('the API reference (TypeDoc, packages/consumers/typedoc.json)', () => {
  it('covers every published package, and nothing else', () => {
    const dirs = publishedPackages().map(({ dir }) => dir);
    expect(config.entryPointStrategy).toBe('packages');
    expect(config.entryPoints.map((entry: string) => resolve(CONSUMERS, entry)).sort()).toEqual(dirs.sort());
  });

  describe('built into a temp folder', () => {
    let out = '';
    let log = '';
    let failed = false;

    beforeAll(async () => {
      assertBuilt();
      out = await mkdtemp(join(tmpdir(), 'sipgateio-docs-'));
      const result = await run(TYPEDOC, ['--options', 'typedoc.json', '--out', out, '--logLevel', 'Warn'], {
        cwd: CONSUMERS,
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      }).catch((error: { stdout: string; stderr: string }) => {
        failed = true;
        return error;
      });
      log = `${result.stdout}${result.stderr}`;
    });
    afterAll(() => (out ? rm(out, { recursive: true, force: true }) : undefined));

    it('succeeds without errors', () => {
      expect(failed, log).toBe(false);
      expect(log).not.toMatch(/\[error\]/);
    });

    it('has an index.html that shows the SDK (createSMSModule)', async () => {
      const index = await readFile(join(out, 'index.html'), 'utf8');
      expect(index).toContain('createSMSModule');
    });

    it.each(publishedPackages().map(({ name }) => name))('has a page for %s', (name) => {
      expect(existsSync(join(out, modulePage(name))), modulePage(name)).toBe(true);
    });

    it('documents createSMSModule on the @sipgateio/sms page, from its TSDoc', async () => {
      const page = await readFile(join(out, modulePage('@sipgateio/sms')), 'utf8');
      expect(page).toContain('createSMSModule');
      expect(existsSync(join(out, 'functions/_sipgateio_sms.createSMSModule.html'))).toBe(true);
    });
  });
});
