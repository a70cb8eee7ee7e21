/**
 * `npm i` footprint of one feature package: ours = @sipgateio/sms with @sipgateio/core (packed from the
 * workspace with `pnpm pack`, third-party dependencies from the npm registry) against `npm i sipgateio@2.15.1`,
 * each into an empty project in a temporary directory. Packages = entries of node_modules/.package-lock.json;
 * disk = `du -sk node_modules` (the method behind the 9.4 MB for the original).
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatRatio, type Measure, notMeasuredRow, type RowStatus } from '../harness.js';
import { ROOT } from '../workers.js';

const FEATURE = 'sms';
const NPM_FLAGS = ['--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];

interface Footprint {
  packages: number;
  diskKiB: number;
  apparentBytes: number;
}

function footprint(project: string): Footprint {
  const lock = JSON.parse(readFileSync(join(project, 'node_modules', '.package-lock.json'), 'utf8')) as {
    packages: Record<string, unknown>;
  };
  const du = (flags: string[]) =>
    Number(
      execFileSync('du', [...flags, join(project, 'node_modules')], { encoding: 'utf8' }).split('\t')[0],
    );
  return {
    packages: Object.keys(lock.packages).filter((key) => key.startsWith('node_modules/')).length,
    diskKiB: du(['-sk']),
    apparentBytes: du(['-sb']),
  };
}

function emptyProject(directory: string): void {
  mkdirSync(directory, { recursive: true });
  writeFileSync(
    join(directory, 'package.json'),
    '{ "name": "bench-install", "version": "1.0.0", "private": true }\n',
  );
}

function npmInstall(project: string, specs: string[]): void {
  execFileSync('npm', ['install', ...NPM_FLAGS, ...specs], { cwd: project, stdio: 'pipe', timeout: 180_000 });
}

const describe = (figure: Footprint) =>
  `${figure.packages} / ${(figure.diskKiB / 1000).toFixed(2)} MB (${figure.diskKiB} KiB on disk, ${(figure.apparentBytes / 1e6).toFixed(2)} MB of files)`;

export const installMeasure: Measure = {
  name: 'install',
  async run({ quick, log }) {
    const label = `\`npm i\` of one feature package (@sipgateio/${FEATURE}): packages / disk`;
    const target = '≤ 4 packages / ≤ 1 MB';
    if (quick) {
      return {
        rows: [
          notMeasuredRow(
            label,
            target,
            'skipped in --quick (needs the npm registry; deterministic, run the full suite)',
          ),
        ],
        notes: [],
      };
    }
    for (const name of ['core', FEATURE]) {
      if (!existsSync(join(ROOT, 'packages', name, 'dist'))) {
        return { rows: [notMeasuredRow(label, target, `packages/${name} is not built`)], notes: [] };
      }
    }
    const temp = mkdtempSync(join(tmpdir(), 'sipgateio-bench-install-'));
    try {
      log('install: packing @sipgateio/core and @sipgateio/sms');
      const tarballs = join(temp, 'tarballs');
      mkdirSync(tarballs);
      for (const name of ['core', FEATURE]) {
        execFileSync('pnpm', ['pack', '--pack-destination', tarballs], {
          cwd: join(ROOT, 'packages', name),
          stdio: 'pipe',
          timeout: 120_000,
        });
      }
      const files = readdirSync(tarballs).map((file) => join(tarballs, file));
      log('install: npm install of ours (registry for third-party dependencies)');
      emptyProject(join(temp, 'ours'));
      npmInstall(join(temp, 'ours'), files);
      log('install: npm install sipgateio@2.15.1');
      emptyProject(join(temp, 'original'));
      npmInstall(join(temp, 'original'), ['sipgateio@2.15.1']);
      const ours = footprint(join(temp, 'ours'));
      const original = footprint(join(temp, 'original'));
      const installed = Object.keys(
        (
          JSON.parse(readFileSync(join(temp, 'ours', 'node_modules', '.package-lock.json'), 'utf8')) as {
            packages: Record<string, unknown>;
          }
        ).packages,
      ).map((key) => key.replace(/^node_modules\//, ''));
      const status: RowStatus = ours.packages <= 4 && ours.diskKiB * 1024 <= 1_000_000 ? 'met' : 'MISSED';
      return {
        rows: [
          {
            measure: label,
            ours: describe(ours),
            original: describe(original),
            ratio: `${formatRatio(ours.packages / original.packages)} packages, ${formatRatio(ours.diskKiB / original.diskKiB)} disk`,
            target,
            status,
            rounds: '1 (deterministic)',
            spread: '— (same files every install)',
          },
        ],
        notes: [
          `Ours installs: ${installed.join(', ')}. Tarballs from \`pnpm pack\` of packages/core and packages/${FEATURE} ` +
            '(workspace ranges replaced by versions), installed with `npm install <tarballs>` into an empty project; ' +
            'the original with `npm install sipgateio@2.15.1`; both `--ignore-scripts`, npm ' +
            `${execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim()}. "MB" in the table = KiB on disk ÷ 1000 as in the issue; ` +
            'the target is judged against 1,000,000 bytes (KiB × 1024).',
        ],
      };
    } catch (error) {
      return {
        rows: [{ ...notMeasuredRow(label, target, String(error).slice(0, 300)), status: 'failed' }],
        notes: [],
      };
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  },
};
