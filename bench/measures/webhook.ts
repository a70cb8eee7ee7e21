/**
 * Webhook server rows: runs bench/webhook-server.ts (written and owned separately) once per round as a child
 * process and parses its table: req/s and peak RSS of the built-in server with verification off and on,
 * against a bare node:http server, all on 127.0.0.1 with autocannon, bounded in time.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  formatBytes,
  formatRatio,
  formatSpread,
  judge,
  type Measure,
  notMeasuredRow,
  type ReportRow,
  runChild,
  runRounds,
  summarize,
} from '../harness.js';
import { ROOT } from '../workers.js';

const VARIANTS = ['bare', 'sdk-verification-off', 'sdk-verification-on'] as const;
type Variant = (typeof VARIANTS)[number];

export interface WebhookFigure {
  requestsPerSecond: number;
  non2xx: number;
  errors: number;
  peakRss: number;
  /** Server CPU time per request in µs, when the script reports it. */
  cpuPerRequest?: number;
}

/** Header names of webhook-server.ts's table made single tokens, so that columns can be found by name. */
function tokens(line: string): string[] {
  return line
    .trim()
    .replace('CPU µs/req', 'CPU-µs/req')
    .replace('peak RSS', 'peak-RSS')
    .replace(/([\d.]+) MiB/g, '$1MiB')
    .split(/\s+/);
}

/**
 * Parses webhook-server.ts's table by its header's column names (so added columns do not break it);
 * undefined when the header or a variant's line is missing.
 */
export function parseWebhookOutput(stdout: string): Record<Variant, WebhookFigure> | undefined {
  const lines = stdout.split('\n');
  const header = lines.find((line) => line.trim().startsWith('variant '));
  if (!header) return undefined;
  const columns = tokens(header);
  const column = (name: string) => columns.indexOf(name);
  const [requests, non2xx, errors, rss, cpu] = ['req/s', 'non2xx', 'errors', 'peak-RSS', 'CPU-µs/req'].map(
    column,
  );
  if ([requests, non2xx, errors, rss].some((index) => index === undefined || index < 0)) return undefined;
  const figures: Partial<Record<Variant, WebhookFigure>> = {};
  for (const line of lines) {
    const cells = tokens(line);
    const variant = cells[0] as Variant;
    if (!VARIANTS.includes(variant) || cells.length !== columns.length) continue;
    const number = (index: number) => Number.parseFloat(cells[index] ?? '');
    figures[variant] = {
      requestsPerSecond: number(requests as number),
      non2xx: number(non2xx as number),
      errors: number(errors as number),
      peakRss: number(rss as number) * 1024 * 1024,
      ...(cpu !== undefined && cpu >= 0 ? { cpuPerRequest: number(cpu) } : {}),
    };
  }
  return VARIANTS.every((variant) => figures[variant])
    ? (figures as Record<Variant, WebhookFigure>)
    : undefined;
}

const LABELS = {
  off: 'webhook server req/s, verification off, × bare node:http',
  on: 'webhook server req/s with valid signatures, × bare',
  rss: 'webhook server peak RSS under load, × bare',
};
const TARGETS = { off: '≥ 0.8× bare', on: '≥ 0.2× bare', rss: '≤ 1.2× bare' };
const ISSUE_ORIGINAL = {
  off: '0.22–0.25× (issue; not run here)',
  on: '— (the original has no verification)',
  rss: '2.0× (issue; not run here)',
};

export const webhookMeasure: Measure = {
  name: 'webhook',
  async run({ rounds, quick, log }) {
    const script = join(ROOT, 'bench', 'webhook-server.ts');
    const keys = ['off', 'on', 'rss'] as const;
    const unmeasured = (reason: string, status: 'not measured' | 'failed' = 'not measured') => ({
      rows: keys.map((key) => ({ ...notMeasuredRow(LABELS[key], TARGETS[key], reason), status })),
      notes: [],
    });
    if (!existsSync(script)) return unmeasured('bench/webhook-server.ts does not exist yet');
    if (!existsSync(join(ROOT, 'packages', 'webhook', 'src', 'index.ts')))
      return unmeasured('packages/webhook does not exist');
    const tsx = join(ROOT, 'bench', 'node_modules', '.bin', 'tsx');
    let perRound: Record<Variant, WebhookFigure>[];
    let header = '';
    const invoke = async () => {
      const child = await runChild(tsx, [script, ...(quick ? ['--quick'] : [])], {
        cwd: join(ROOT, 'bench'),
        timeoutMs: quick ? 90_000 : 400_000,
      });
      header = child.stdout.split('\n').find((line) => line.startsWith('webhook server benchmark')) ?? header;
      const figures = parseWebhookOutput(child.stdout);
      if (figures) return figures;
      const why = child.timedOut
        ? 'timed out'
        : `exit ${child.code}: ${child.stderr.trim().split('\n').slice(-4).join(' ')}`;
      throw new Error(`webhook-server.ts gave no table (${why.slice(0, 300)})`);
    };
    let retried = 0;
    try {
      perRound = await runRounds(rounds, async (round) => {
        log(`webhook: round ${round + 1}/${rounds} (bench/webhook-server.ts${quick ? ' --quick' : ''})`);
        try {
          return await invoke();
        } catch (error) {
          // Other work in the repository may be rebuilding @sipgateio/webhook this moment: one retry.
          log(`webhook: ${String(error)}; retrying once in 5 s`);
          retried++;
          await sleep(5000);
          return invoke();
        }
      });
    } catch (error) {
      return unmeasured(String(error), 'failed');
    }
    const ratio = (variant: Variant, field: 'requestsPerSecond' | 'peakRss') =>
      summarize(perRound.map((round) => round[variant][field] / round.bare[field]));
    const rss = summarize(
      perRound.map(
        (round) =>
          Math.max(round['sdk-verification-off'].peakRss, round['sdk-verification-on'].peakRss) /
          round.bare.peakRss,
      ),
    );
    const reqs = (variant: Variant) => summarize(perRound.map((round) => round[variant].requestsPerSecond));
    const rejected = (variant: Variant) =>
      perRound.reduce((sum, round) => sum + round[variant].non2xx + round[variant].errors, 0);
    const requestRow = (key: 'off' | 'on', variant: Variant, limit: number): ReportRow => {
      const figure = ratio(variant, 'requestsPerSecond');
      const bad = rejected(variant);
      // The script's second view: bare's server CPU time per request ÷ this variant's, less moved by other load.
      const cpuRounds = perRound.filter((round) => round.bare.cpuPerRequest && round[variant].cpuPerRequest);
      const cpu =
        cpuRounds.length > 0
          ? summarize(
              cpuRounds.map(
                (round) => (round.bare.cpuPerRequest as number) / (round[variant].cpuPerRequest as number),
              ),
            )
          : undefined;
      return {
        measure: LABELS[key],
        ours:
          `${reqs(variant).median.toFixed(0)} req/s (bare ${reqs('bare').median.toFixed(0)})` +
          (cpu ? `; by server CPU per request ${formatRatio(cpu.median)} bare` : ''),
        original: ISSUE_ORIGINAL[key],
        ratio: `${formatRatio(figure.median)} bare`,
        target: TARGETS[key],
        // Rejected requests are cheap: a run with any of them does not count as a throughput figure.
        status: bad > 0 ? 'failed' : judge(figure.median, '>=', limit),
        rounds: String(rounds),
        spread: `ratio ${formatSpread(figure, formatRatio)}${bad > 0 ? `; ${bad} non-2xx/errors` : ''}`,
      };
    };
    const bareRss = summarize(perRound.map((round) => round.bare.peakRss));
    return {
      rows: [
        requestRow('off', 'sdk-verification-off', 0.8),
        requestRow('on', 'sdk-verification-on', 0.2),
        {
          measure: LABELS.rss,
          ours: `${formatBytes(summarize(perRound.map((round) => Math.max(round['sdk-verification-off'].peakRss, round['sdk-verification-on'].peakRss))).median)} (bare ${formatBytes(bareRss.median)})`,
          original: ISSUE_ORIGINAL.rss,
          ratio: `${formatRatio(rss.median)} bare`,
          target: TARGETS.rss,
          status: judge(rss.median, '<=', 1.2),
          rounds: String(rounds),
          spread: `ratio ${formatSpread(rss, formatRatio)}`,
        },
      ],
      notes: [
        `From bench/webhook-server.ts${quick ? ' --quick' : ''}, run ${rounds} times${retried > 0 ? ` (${retried} run(s) retried after a failure)` : ''}; ` +
          `its own header: "${header}". Each run starts a bare node:http server (parses the form body, answers ` +
          'fixed XML) and the built-in server with verification off and on, each in its own process, and drives ' +
          'them with autocannon on 127.0.0.1 (it keeps, per variant, the best req/s and the highest peak RSS of its ' +
          "interleaved rounds). Peak RSS is the server process's maxRSS; the RSS row takes the larger of the two SDK " +
          "variants. The table's figure is the median over the runs of each run's ratio; where the script reports " +
          "server CPU time per request, the 'ours' cell adds bare's CPU µs/request ÷ the variant's (same " +
          "direction as the req/s ratio, and less moved by other load on the machine). The original's webhook " +
          'server is not run by that script; its column quotes the issue.',
      ],
    };
  },
};
