import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  formatRatio,
  formatReport,
  formatTable,
  judge,
  lastJsonLine,
  median,
  notMeasuredRow,
  quantile,
  type ReportRow,
  runChild,
  summarize,
} from '../harness.js';
import { parseWebhookOutput } from '../measures/webhook.js';

const run = promisify(execFile);
const BENCH_DIR = join(import.meta.dirname, '..');

describe('median and spread', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 10, 1000], 10],
    [[-1, 0, 1], 0],
  ])('median of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('interpolates quartiles linearly between neighbours', () => {
    const sorted = [1, 2, 3, 4, 5];
    expect(quantile(sorted, 0)).toBe(1);
    expect(quantile(sorted, 0.25)).toBe(2);
    expect(quantile(sorted, 0.75)).toBe(4);
    expect(quantile(sorted, 1)).toBe(5);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
  });

  it('summarizes median, min, max and IQR of unsorted values', () => {
    expect(summarize([9, 1, 5, 3, 7])).toEqual({ n: 5, median: 5, min: 1, max: 9, q1: 3, q3: 7 });
  });

  it('refuses empty lists and out-of-range quantiles', () => {
    expect(() => summarize([])).toThrow(RangeError);
    expect(() => median([])).toThrow(RangeError);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });

  it.each([
    [1.29, '<=', 1.3, 'met'],
    [1.3, '<=', 1.3, 'met'],
    [1.31, '<=', 1.3, 'MISSED'],
    [0.8, '>=', 0.8, 'met'],
    [0.79, '>=', 0.8, 'MISSED'],
    [Number.NaN, '<=', 1, 'MISSED'],
  ] as const)('judges %d %s %d as %s', (value, comparison, limit, status) => {
    expect(judge(value, comparison, limit)).toBe(status);
  });

  it('formats ratios with two decimals below 10', () => {
    expect(formatRatio(0.0598)).toBe('0.06×');
    expect(formatRatio(12.345)).toBe('12.3×');
  });
});

describe('report formatting', () => {
  const row: ReportRow = {
    measure: 'browser bundle, SMS only, gzip',
    ours: '11.2 KB',
    original: '186.5 KB',
    ratio: '0.06× original',
    target: '≤ 10 KB gzip',
    status: 'MISSED',
    rounds: '1 (deterministic)',
    spread: 'a | b',
  };

  it('renders a Markdown table with MISSED in bold and pipes escaped', () => {
    const table = formatTable([row]).split('\n');
    expect(table[0]).toBe(
      '| measure | ours | original | ratio | target | status | rounds | spread (min – max, IQR) |',
    );
    expect(table[1]).toBe('| --- | --- | --- | --- | --- | --- | --- | --- |');
    expect(table[2]).toBe(
      '| browser bundle, SMS only, gzip | 11.2 KB | 186.5 KB | 0.06× original | ≤ 10 KB gzip | **MISSED** | 1 (deterministic) | a \\| b |',
    );
  });

  it('states machine, Node, rounds, missed targets and unmeasured rows plainly', () => {
    const report = formatReport({
      date: new Date('2026-01-02T03:04:05Z'),
      machine: {
        cpu: 'Test CPU',
        cores: 2,
        memory: '4.0 GiB',
        node: 'v20.0.0',
        platform: 'linux x64',
        loadAverage: 5,
      },
      quick: true,
      rounds: 3,
      only: undefined,
      durationMs: 61_000,
      rows: [row, notMeasuredRow('largest fax', '21 MB', 'not measured yet: packages/fax does not exist')],
      notes: [{ name: 'bundle', lines: ['How it was built.'] }],
    });
    expect(report).toContain('- Machine: Test CPU, 2 cores, 4.0 GiB memory, linux x64');
    expect(report).toContain('- Node: v20.0.0');
    expect(report).toContain('quick (--quick); 3 rounds per timed measure');
    expect(report).toContain('the machine was busy with other work');
    expect(report).toContain('- Targets: 0 met, 1 MISSED, 1 not measured');
    expect(report).toContain('**Targets MISSED:** browser bundle, SMS only, gzip.');
    expect(report).toContain(
      '**Not measured:** largest fax (not measured yet: packages/fax does not exist).',
    );
    expect(report).toContain('### bundle\n\n- How it was built.');
  });
});

describe('child processes and parsing', () => {
  it('takes the last JSON line of a child’s output', () => {
    expect(lastJsonLine('log line\n{"a":1}\nnoise\n{"b":2}\n')).toEqual({ b: 2 });
    expect(lastJsonLine('no json here')).toBeUndefined();
  });

  it('kills a child that outlives its time bound', async () => {
    const result = await runChild(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], {
      timeoutMs: 300,
    });
    expect(result.timedOut).toBe(true);
    expect(result.signal).toBe('SIGKILL');
  });

  it('parses webhook-server.ts output by column name', () => {
    const output = [
      'webhook server benchmark: 127.0.0.1, 50 connections, 3 s each, RSA-4096 test key',
      'variant                  req/s     ratio   non2xx  errors  peak RSS   ratio',
      'bare                      21336     1.00        0       0  106.1 MiB    1.00',
      'sdk-verification-off       6228     0.29        0       0  114.1 MiB    1.08',
      'sdk-verification-on        2196     0.10        3       0  114.7 MiB    1.08',
    ].join('\n');
    expect(parseWebhookOutput(output)).toEqual({
      bare: { requestsPerSecond: 21336, non2xx: 0, errors: 0, peakRss: 106.1 * 1024 * 1024 },
      'sdk-verification-off': { requestsPerSecond: 6228, non2xx: 0, errors: 0, peakRss: 114.1 * 1024 * 1024 },
      'sdk-verification-on': { requestsPerSecond: 2196, non2xx: 3, errors: 0, peakRss: 114.7 * 1024 * 1024 },
    });
    expect(parseWebhookOutput(output.split('\n').slice(0, 4).join('\n'))).toBeUndefined();
    expect(parseWebhookOutput('bare 1 1.00 0 0 1.0 MiB 1.00')).toBeUndefined();
  });

  it('parses webhook-server.ts output with a CPU column added', () => {
    const output = [
      'variant                  req/s     ratio  CPU µs/req  ratio   non2xx  errors  peak RSS   ratio',
      'bare                      20000     1.00        40.0   1.00        0       0  100.0 MiB    1.00',
      'sdk-verification-off      16000     0.80        50.0   0.80        0       0  110.0 MiB    1.10',
      'sdk-verification-on        5000     0.25       160.0   0.25        0       0  120.0 MiB    1.20',
    ].join('\n');
    expect(parseWebhookOutput(output)?.['sdk-verification-on']).toEqual({
      requestsPerSecond: 5000,
      non2xx: 0,
      errors: 0,
      peakRss: 120 * 1024 * 1024,
      cpuPerRequest: 160,
    });
  });
});

describe('run.ts --quick --only bundle', () => {
  it('writes a report with both bundle rows, measured against the original', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'sipgateio-bench-test-'));
    try {
      const output = join(directory, 'report.md');
      await run(
        process.execPath,
        ['--import', 'tsx', 'run.ts', '--quick', '--only', 'bundle', '--output', output],
        { cwd: BENCH_DIR, timeout: 60_000 },
      );
      const report = readFileSync(output, 'utf8');
      expect(report).toContain('# sipgateio benchmarks');
      expect(report).toMatch(
        /\| browser bundle, SMS only, gzip \| [\d.]+ KB .*\| [\d.]+ KB .*\| [\d.]+× original \| ≤ 10 KB gzip \| (met|\*\*MISSED\*\*) \|/,
      );
      expect(report).toMatch(
        /\| browser bundle, all REST modules \(\d+ of 10\), gzip \| .*\| ≤ 45 KB gzip \| (met|\*\*MISSED\*\*) \|/,
      );
      expect(report).toContain(`- Node: ${process.version}`);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 60_000);
});
