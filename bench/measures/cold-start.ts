/**
 * Cold start: wall time of a fresh `node` process that loads `sipgateio` (require and import), against a bare
 * `node -e ""`, ours and the original's, interleaved in every round. Each round spawns every variant
 * `spawnsPerRound` times; the round's figure is the median, the ratio is taken within the round.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  formatMs,
  formatRatio,
  formatSpread,
  judge,
  type Measure,
  median,
  notMeasuredRow,
  type ReportRow,
  runRounds,
  summarize,
} from '../harness.js';
import { ROOT, waitForBuild } from '../workers.js';

const VARIANTS = {
  bare: ['-e', ''],
  oursRequire: ['-e', "require('sipgateio')"],
  oursImport: ['--input-type=module', '-e', "await import('sipgateio')"],
  originalRequire: ['-e', "require('sipgateio-original')"],
  originalImport: ['--input-type=module', '-e', "await import('sipgateio-original')"],
} as const;
type Variant = keyof typeof VARIANTS;

function spawnOnce(args: readonly string[]): number {
  let failure = '';
  // Other work in the repository may be rebuilding a package this moment (tsup empties dist first): retry.
  for (let attempt = 0; attempt < 4; attempt++) {
    if (attempt > 0) spawnSync('sleep', ['3']);
    const started = performance.now();
    const result = spawnSync(process.execPath, args, {
      cwd: join(ROOT, 'bench'),
      stdio: 'pipe',
      timeout: 30_000,
    });
    const elapsed = performance.now() - started;
    if (result.status === 0) return elapsed;
    const stderr = result.stderr?.toString().trim().split('\n') ?? [];
    failure = stderr.find((line) => /Error/.test(line)) ?? stderr[0] ?? String(result.status);
  }
  throw new Error(`node ${args.join(' ')} failed: ${failure}`);
}

export const coldStartMeasure: Measure = {
  name: 'cold-start',
  async run({ rounds, quick, log }) {
    const targets = { require: 1.25, import: 1.3 } as const;
    const targetText = (limit: number) => `≤ ${limit}× bare`;
    if (!(await waitForBuild('sipgateio'))) {
      return {
        rows: [
          notMeasuredRow(
            'cold import of sipgateio',
            targetText(targets.import),
            'packages/sipgateio not built',
          ),
        ],
        notes: [],
      };
    }
    const spawnsPerRound = quick ? 4 : 10;
    const variants = Object.keys(VARIANTS) as Variant[];
    // One untimed spawn each fills the file system cache, so round 1 is not a cache-miss outlier.
    for (const variant of variants) spawnOnce(VARIANTS[variant]);
    const perRound = await runRounds(rounds, async (round) => {
      log(`cold-start: round ${round + 1}/${rounds}`);
      const times: Record<Variant, number[]> = {
        bare: [],
        oursRequire: [],
        oursImport: [],
        originalRequire: [],
        originalImport: [],
      };
      for (let index = 0; index < spawnsPerRound; index++) {
        // Rotate the order so that no variant always follows the same one.
        for (let offset = 0; offset < variants.length; offset++) {
          const variant = variants[(index + offset) % variants.length] as Variant;
          times[variant].push(spawnOnce(VARIANTS[variant]));
        }
      }
      return Object.fromEntries(variants.map((variant) => [variant, median(times[variant])])) as Record<
        Variant,
        number
      >;
    });
    const stats = (variant: Variant) => summarize(perRound.map((round) => round[variant]));
    const ratio = (variant: Variant) => summarize(perRound.map((round) => round[variant] / round.bare));
    const bare = stats('bare');
    const rows: ReportRow[] = (
      [
        ['require', 'oursRequire', 'originalRequire'],
        ['import', 'oursImport', 'originalImport'],
      ] as const
    ).map(([kind, ours, original]) => {
      const oursRatio = ratio(ours);
      const originalRatio = ratio(original);
      return {
        measure: `cold \`${kind}\` of sipgateio, × bare \`node -e ""\``,
        ours: `${formatMs(stats(ours).median)} (${formatRatio(oursRatio.median)})`,
        original: `${formatMs(stats(original).median)} (${formatRatio(originalRatio.median)})`,
        ratio: `${formatRatio(oursRatio.median)} bare`,
        target: targetText(targets[kind]),
        status: judge(oursRatio.median, '<=', targets[kind]),
        rounds: `${rounds} × ${spawnsPerRound} spawns`,
        spread: `ratio ${formatSpread(oursRatio, formatRatio)}`,
      };
    });
    return {
      rows,
      notes: [
        `Wall time of \`spawnSync(node, …)\` from bench/ (so \`sipgateio\` is the workspace meta-package, built, and ` +
          '`sipgateio-original` is 2.15.1), spawn included in every variant. Bare `node -e ""`: ' +
          `${formatMs(bare.median)} median (${formatSpread(bare, formatMs)}). The meta-package loads what it ` +
          're-exports at the time of the run (its export list grows as feature packages are added).',
      ],
    };
  },
};
