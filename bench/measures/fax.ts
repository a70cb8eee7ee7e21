/**
 * Largest fax sent whole to a local server. Ours: a 21 MB PDF, the growth of the sending process's peak RSS
 * above its RSS just before `send()` (the file already allocated), against 2× the file. The original: the sizes in ORIGINAL_SIZES until it fails (axios/follow-redirects' 10 MiB
 * maxBodyLength on the base64 JSON body is the known limit). Every send runs in its own `node` process with a
 * time bound; the local server counts the body bytes it receives, so "sent whole" is checked, not assumed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  formatBytes,
  formatMs,
  formatRatio,
  formatSpread,
  judge,
  type Measure,
  notMeasuredRow,
  runRounds,
  summarize,
} from '../harness.js';
import { startLocalApi } from '../local-api.js';
import { describeFailure, ROOT, runWorker, waitForBuild } from '../workers.js';

const OUR_SIZE = 21_000_000;
const MiB = 1024 * 1024;
const ORIGINAL_SIZES = [5 * MiB, 7 * MiB, 7.4 * MiB, 7.5 * MiB, 10 * MiB, OUR_SIZE];
const FAX_PATH = '/v2/sessions/fax';

interface FaxResult {
  ok: boolean;
  error?: string;
  ms: number;
  peakRss: number;
  rssBefore: number;
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const mebibytes = (bytes: number) => `${(bytes / MiB).toFixed(2).replace(/\.?0+$/, '')} MiB`;

export const faxMeasure: Measure = {
  name: 'fax',
  async run({ rounds, log }) {
    const label = 'largest fax sent whole to a local server';
    const target = '21 MB, peak RSS growth above the RSS before send() ≤ 2× file';
    if (!existsSync(join(ROOT, 'packages', 'fax', 'src', 'index.ts'))) {
      return {
        rows: [notMeasuredRow(label, target, 'not measured yet: packages/fax does not exist')],
        notes: [],
      };
    }
    if (!(await waitForBuild('fax'))) {
      return { rows: [notMeasuredRow(label, target, 'not measured: packages/fax is not built')], notes: [] };
    }
    const api = await startLocalApi();
    try {
      const send = async (mode: 'ours' | 'original', size: number) => {
        api.resetStats();
        const { result, child } = await runWorker<FaxResult>(
          'fax',
          { mode, baseUrl: api.baseUrl, size },
          { timeoutMs: 120_000 },
        );
        const received = api.stats.lastBodyBytes[FAX_PATH] ?? 0;
        // Whole = at least the base64 of the file arrived (4/3 of it plus the JSON around it).
        const whole = result?.ok === true && received >= Math.ceil(size / 3) * 4;
        return { result, whole, received, failure: result ? result.error : describeFailure(child) };
      };

      const ours = await runRounds(rounds, async (round) => {
        log(`fax: ours ${megabytes(OUR_SIZE)}, round ${round + 1}/${rounds}`);
        return send('ours', OUR_SIZE);
      });
      const oursFailed = ours.find((attempt) => !attempt.whole);
      const peak = summarize(ours.map((attempt) => attempt.result?.peakRss ?? Number.NaN));
      const growth = summarize(
        ours.map((attempt) =>
          attempt.result ? attempt.result.peakRss - attempt.result.rssBefore : Number.NaN,
        ),
      );
      const time = summarize(ours.map((attempt) => attempt.result?.ms ?? Number.NaN));

      const originalAttempts: { size: number; whole: boolean; failure?: string; peakRss?: number }[] = [];
      for (const size of ORIGINAL_SIZES) {
        log(`fax: original ${mebibytes(size)}`);
        const attempt = await send('original', size);
        originalAttempts.push({
          size,
          whole: attempt.whole,
          failure: attempt.failure,
          peakRss: attempt.result?.peakRss,
        });
        if (!attempt.whole) break;
      }
      const largestOriginal = originalAttempts.filter((attempt) => attempt.whole).at(-1);
      const firstFailure = originalAttempts.find((attempt) => !attempt.whole);
      const ratio = growth.median / OUR_SIZE;
      return {
        rows: [
          {
            measure: `${label}: ours ${megabytes(OUR_SIZE)}, peak RSS growth × file`,
            ours: oursFailed
              ? `FAILED: ${oursFailed.failure ?? `server received ${oursFailed.received} bytes`}`
              : `${megabytes(OUR_SIZE)} sent whole in ${formatMs(time.median)}; peak RSS ${formatBytes(peak.median)}`,
            original: largestOriginal
              ? `${mebibytes(largestOriginal.size)} sent; ${firstFailure ? `${mebibytes(firstFailure.size)} fails: "${firstFailure.failure}"` : 'no failure up to the largest size tried'}`
              : `fails at ${mebibytes(ORIGINAL_SIZES[0] as number)}: ${firstFailure?.failure}`,
            ratio: `${formatRatio(ratio)} file above the RSS before sending; ${formatRatio(peak.median / OUR_SIZE)} file (peak RSS)`,
            target,
            status: oursFailed ? 'MISSED' : judge(ratio, '<=', 2),
            rounds: `${rounds} (ours); 1 per size (original, pass/fail is deterministic)`,
            spread: `peak RSS ${formatSpread(peak, formatBytes)}; time ${formatSpread(time, formatMs)}`,
          },
        ],
        notes: [
          `Ours: \`createFaxModule(sipgateIO(credentials, { baseUrl })).send({ to, fileContent, faxlineId })\` with a ` +
            `PDF-shaped Buffer of ${OUR_SIZE.toLocaleString('en-US')} bytes (pseudo-random filler). Peak RSS is the ` +
            "sending process's `resourceUsage().maxRSS`, which includes Node itself, the loaded modules and the " +
            `file (RSS just before send(): ${formatBytes(summarize(ours.map((attempt) => attempt.result?.rssBefore ?? Number.NaN)).median)} median). ` +
            `Peak growth above that: ${formatBytes(growth.median)} (${formatSpread(growth, formatBytes)}).`,
          `Original attempts (each in its own process, stopping at the first failure): ${originalAttempts
            .map(
              (attempt) =>
                `${mebibytes(attempt.size)} ${attempt.whole ? 'sent whole' : `failed ("${attempt.failure}")`}` +
                (attempt.peakRss ? `, peak RSS ${formatBytes(attempt.peakRss)}` : ''),
            )
            .join('; ')}.`,
        ],
      };
    } finally {
      await api.close();
    }
  },
};
