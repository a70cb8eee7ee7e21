/**
 * Runs the benchmark suite: every measure of issue 8, ours vs. the original sipgateio 2.15.1 in the same run,
 * and writes a Markdown report to bench/results/report.md (a full run also to bench/REPORT.md).
 *
 *   pnpm --filter @sipgateio/bench bench                  full run (needs the packages built: pnpm build)
 *   pnpm --filter @sipgateio/bench bench --quick          under two minutes: 3 rounds, smaller workloads
 *   pnpm --filter @sipgateio/bench bench --only bundle,fax
 *   … --rounds 7                                          rounds of the timed measures (default 5, quick 3)
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  formatReport,
  formatTable,
  killRunningChildren,
  type Measure,
  machineInfo,
  type ReportRow,
} from './harness.js';
import { bundleMeasure } from './measures/bundle.js';
import { clientOverheadMeasure } from './measures/client-overhead.js';
import { coldStartMeasure } from './measures/cold-start.js';
import { contactsMeasure } from './measures/contacts.js';
import { faxMeasure } from './measures/fax.js';
import { historyMeasure } from './measures/history.js';
import { installMeasure } from './measures/install.js';
import { webhookMeasure } from './measures/webhook.js';

/** In the order of the table. */
export const MEASURES: Measure[] = [
  bundleMeasure,
  installMeasure,
  coldStartMeasure,
  webhookMeasure,
  clientOverheadMeasure,
  faxMeasure,
  historyMeasure,
  contactsMeasure,
];

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    rounds: { type: 'string' },
    output: { type: 'string' },
  },
});

const quick = values.quick ?? false;
const only = values.only?.split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !MEASURES.some((measure) => measure.name === name)) ?? [];
if (unknown.length > 0) {
  console.error(
    `Unknown measure(s): ${unknown.join(', ')}. Known: ${MEASURES.map((measure) => measure.name).join(', ')}`,
  );
  process.exit(2);
}
const rounds = values.rounds ? Number(values.rounds) : quick ? 3 : 5;
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`--rounds must be a positive integer, got ${values.rounds}`);
  process.exit(2);
}

// Children run in their own process groups (so a time bound can stop their own children): stop them with us.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killRunningChildren();
    process.exit(130);
  });
}

const started = performance.now();
const log = (message: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const rows: ReportRow[] = [];
const notes: { name: string; lines: string[] }[] = [];
for (const measure of MEASURES.filter((candidate) => !only || only.includes(candidate.name))) {
  const measureStarted = performance.now();
  try {
    const result = await measure.run({ quick, rounds, log });
    rows.push(...result.rows);
    const seconds = (performance.now() - measureStarted) / 1000;
    notes.push({ name: measure.name, lines: [...result.notes, `Took ${seconds.toFixed(0)} s.`] });
    for (const row of result.rows) log(`${row.measure}: ${row.ratio} → ${row.status} (target ${row.target})`);
  } catch (error) {
    // One broken measure must not cost the others: it becomes a failed row.
    const message = error instanceof Error ? error.message : String(error);
    rows.push({
      measure: measure.name,
      ours: 'failed',
      original: '—',
      ratio: '—',
      target: '—',
      status: 'failed',
      rounds: '0',
      spread: message.slice(0, 300),
    });
    log(`${measure.name} failed: ${message}`);
  }
}

const report = formatReport({
  date: new Date(),
  machine: machineInfo(),
  quick,
  rounds,
  only,
  durationMs: performance.now() - started,
  rows,
  notes,
});
const resultsDir = join(import.meta.dirname, 'results');
mkdirSync(resultsDir, { recursive: true });
const output = values.output ?? join(resultsDir, 'report.md');
writeFileSync(output, report);
if (!quick && !only && !values.output) copyFileSync(output, join(import.meta.dirname, 'REPORT.md'));
console.log(`\n${formatTable(rows)}\n\nReport: ${output}`);
