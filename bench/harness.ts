/**
 * The small shared harness of the benchmark suite: rounds, medians and spread, formatting, child processes
 * with a time bound, and the Markdown report. Measures (bench/measures/*.ts) return rows; run.ts prints them.
 */
import { spawn } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

/** Median, quartiles and extremes of a list of numbers. */
export interface Stats {
  n: number;
  median: number;
  min: number;
  max: number;
  q1: number;
  q3: number;
}

/** Quantile `q` (0…1) of an ascending list, linearly interpolated between neighbours (type 7, as in R and numpy). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of an empty list');
  if (q < 0 || q > 1) throw new RangeError(`quantile out of range: ${q}`);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (position - lower);
}

/** The median of a non-empty list (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  return quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

/** Median, quartiles, min and max of a non-empty list. */
export function summarize(values: readonly number[]): Stats {
  if (values.length === 0) throw new RangeError('summarize of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
  };
}

/** Runs `round` `count` times one after the other and returns the results in order. */
export async function runRounds<T>(count: number, round: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let index = 0; index < count; index++) results.push(await round(index));
  return results;
}

/** KB below one MiB, else MiB (binary units: 1 KB = 1024 bytes). */
export function formatBytes(bytes: number): string {
  if (Math.abs(bytes) < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Milliseconds with a precision that suits the size. */
export function formatMs(ms: number): string {
  if (Math.abs(ms) >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (Math.abs(ms) >= 100) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(1)} ms`;
}

/** `0.25×` */
export function formatRatio(ratio: number): string {
  return `${ratio >= 10 ? ratio.toFixed(1) : ratio.toFixed(2)}×`;
}

/** `median (min–max)` with a formatter, e.g. `12.3 ms (11.9–13.0 ms)`. */
export function formatSpread(stats: Stats, format: (value: number) => string): string {
  return `${format(stats.min)} – ${format(stats.max)} (IQR ${format(stats.q1)} – ${format(stats.q3)})`;
}

/** Whether a row met its target; `reported` for rows that only report a figure. */
export type RowStatus = 'met' | 'MISSED' | 'not measured' | 'reported' | 'failed';

/** One line of the report's table. */
export interface ReportRow {
  measure: string;
  ours: string;
  original: string;
  /** The figure the target is about, e.g. `0.06× original` or `1.21× bare node`. */
  ratio: string;
  target: string;
  status: RowStatus;
  /** `5` or `1 (deterministic)`. */
  rounds: string;
  /** Spread of the figure the target is about. */
  spread: string;
}

/** What one measure hands back: table rows and free-form Markdown notes (methods, raw figures, causes). */
export interface MeasureResult {
  rows: ReportRow[];
  notes: string[];
}

/** What every measure gets from run.ts. */
export interface MeasureContext {
  quick: boolean;
  /** Rounds for timed measures (≥5 normally, ≥3 with --quick). */
  rounds: number;
  log: (message: string) => void;
}

/** One benchmark: a short name for `--only`, and a function that measures. */
export interface Measure {
  name: string;
  run: (context: MeasureContext) => Promise<MeasureResult>;
}

/** A row for a measure that could not run, saying why. */
export function notMeasuredRow(measure: string, target: string, reason: string): ReportRow {
  return {
    measure,
    ours: 'not measured',
    original: '—',
    ratio: '—',
    target,
    status: 'not measured',
    rounds: '0',
    spread: reason,
  };
}

/** `met` when `value` satisfies the comparison with `limit`. */
export function judge(value: number, comparison: '<=' | '>=', limit: number): RowStatus {
  if (!Number.isFinite(value)) return 'MISSED';
  return (comparison === '<=' ? value <= limit : value >= limit) ? 'met' : 'MISSED';
}

/** The machine a run happened on. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  memory: string;
  node: string;
  platform: string;
  /** 1-minute load average when the run started: other work on the machine skews absolute figures. */
  loadAverage: number;
}

export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: loadavg()[0] ?? 0,
  };
}

/** Everything the Markdown report shows. */
export interface ReportInput {
  date: Date;
  machine: MachineInfo;
  quick: boolean;
  rounds: number;
  only: string[] | undefined;
  durationMs: number;
  rows: ReportRow[];
  notes: { name: string; lines: string[] }[];
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** The table of rows as GitHub Markdown. */
export function formatTable(rows: readonly ReportRow[]): string {
  const header = [
    'measure',
    'ours',
    'original',
    'ratio',
    'target',
    'status',
    'rounds',
    'spread (min – max, IQR)',
  ];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) {
    const status = row.status === 'MISSED' ? '**MISSED**' : row.status;
    const cells = [
      row.measure,
      row.ours,
      row.original,
      row.ratio,
      row.target,
      status,
      row.rounds,
      row.spread,
    ];
    lines.push(`| ${cells.map(escapeCell).join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The whole report. */
export function formatReport(input: ReportInput): string {
  const { machine } = input;
  const missed = input.rows.filter((row) => row.status === 'MISSED');
  const notMeasured = input.rows.filter((row) => row.status === 'not measured' || row.status === 'failed');
  const lines = [
    '# sipgateio benchmarks: ours vs. the original sipgateio 2.15.1',
    '',
    `- Date: ${input.date.toISOString()}`,
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory} memory, ${machine.platform}`,
    `- Node: ${machine.node}`,
    `- Load average (1 min) at the start: ${machine.loadAverage.toFixed(1)} on ${machine.cores} cores` +
      (machine.loadAverage > machine.cores
        ? ' — the machine was busy with other work: absolute times are inflated, ratios within a round are the figures that count'
        : ''),
    `- Mode: ${input.quick ? 'quick (--quick)' : 'full'}${input.only ? `, only ${input.only.join(', ')}` : ''}; ` +
      `${input.rounds} rounds per timed measure; the figure is the median of the rounds, ratios are taken ` +
      'within each round and then their median is reported',
    `- Duration: ${(input.durationMs / 1000).toFixed(0)} s`,
    `- Targets: ${input.rows.filter((row) => row.status === 'met').length} met, ${missed.length} MISSED, ` +
      `${notMeasured.length} not measured`,
    '',
    formatTable(input.rows),
    '',
  ];
  if (missed.length > 0) {
    lines.push(`**Targets MISSED:** ${missed.map((row) => row.measure).join('; ')}.`, '');
  }
  if (notMeasured.length > 0) {
    lines.push(
      `**Not measured:** ${notMeasured.map((row) => `${row.measure} (${row.spread})`).join('; ')}.`,
      '',
    );
  }
  lines.push('## Notes and methods', '');
  for (const { name, lines: noteLines } of input.notes) {
    if (noteLines.length === 0) continue;
    lines.push(`### ${name}`, '', ...noteLines.map((line) => `- ${line}`), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** How a child process ended. */
export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  durationMs: number;
}

const running = new Set<number>();

/** Kills the process group of a child started by runChild (the child and whatever it started itself). */
function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Kills every child runChild started that is still running (for SIGINT/SIGTERM of the runner). */
export function killRunningChildren(): void {
  for (const pid of running) killGroup(pid);
}

/**
 * Runs a command with a time bound: when `timeoutMs` passes, SIGKILL goes to the child's own process group, so
 * that processes it started (tsx's node, forked servers) stop too. Never rejects for a non-zero exit; the
 * caller decides what a failure means.
 */
export function runChild(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const pid = child.pid;
    if (pid !== undefined) running.add(pid);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (pid !== undefined) killGroup(pid);
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      if (pid !== undefined) running.delete(pid);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (pid !== undefined) running.delete(pid);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        timedOut,
        durationMs: performance.now() - started,
      });
    });
  });
}

/** The last line of a child's stdout that parses as a JSON object, or undefined. */
export function lastJsonLine<T>(stdout: string): T | undefined {
  const lines = stdout.trim().split('\n').reverse();
  for (const line of lines) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('{')) continue;
    try {
      return JSON.parse(trimmed) as T;
    } catch {}
  }
  return undefined;
}
