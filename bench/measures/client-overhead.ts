/**
 * Client overhead: sequential GETs of a small JSON body (one history entry) from a local node:http server on
 * 127.0.0.1, through our client, raw `fetch`, ky alone (called as our client calls it) and the original's
 * client, each in its own process, taking turns in batches (see workers/client-overhead.ts); the ratio to raw
 * fetch is taken within each round. The ky figure splits our overhead into ky's part and ours.
 */
import {
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
import { type InteractiveWorker, startInteractiveWorker } from '../workers.js';

type Mode = 'fetch' | 'ky' | 'ours' | 'original';

export const clientOverheadMeasure: Measure = {
  name: 'client-overhead',
  async run({ rounds, quick, log }) {
    const count = quick ? 500 : 2000;
    const warmup = quick ? 100 : 200;
    const label = `client overhead: ${count.toLocaleString('en-US')} sequential GETs, × raw fetch`;
    const target = '≤ 1.1× raw fetch';
    const api = await startLocalApi();
    try {
      const batch = 100;
      const modes: Mode[] = ['fetch', 'ky', 'ours', 'original'];
      const perRound = await runRounds(rounds, async (round) => {
        log(`client-overhead: round ${round + 1}/${rounds}`);
        const workers = await Promise.all(
          modes.map((mode) =>
            startInteractiveWorker(
              'client-overhead',
              { mode, baseUrl: api.baseUrl, warmup },
              { timeoutMs: 300_000 },
            ),
          ),
        );
        try {
          // Warm-up runs one client at a time too: ready() is awaited before the next one is asked anything.
          for (const worker of workers) await worker.ready();
          const totals: Record<Mode, number> = { fetch: 0, ky: 0, ours: 0, original: 0 };
          const cpu: Record<Mode, number> = { fetch: 0, ky: 0, ours: 0, original: 0 };
          for (let done = 0, turn = 0; done < count; done += batch, turn++) {
            for (let offset = 0; offset < modes.length; offset++) {
              const index = (round + turn + offset) % modes.length;
              const { ms, cpuMs } = await (workers[index] as InteractiveWorker).ask<{
                ms: number;
                cpuMs: number;
              }>(String(Math.min(batch, count - done)));
              totals[modes[index] as Mode] += ms;
              cpu[modes[index] as Mode] += cpuMs;
            }
          }
          return { wall: totals, cpu };
        } finally {
          for (const worker of workers) worker.close();
        }
      });
      const stats = (mode: Mode) => summarize(perRound.map((round) => round.wall[mode]));
      const cpuStats = (mode: Mode) => summarize(perRound.map((round) => round.cpu[mode]));
      const ratio = (mode: Mode) => summarize(perRound.map((round) => round.wall[mode] / round.wall.fetch));
      const cpuRatio = (mode: Mode) => summarize(perRound.map((round) => round.cpu[mode] / round.cpu.fetch));
      const ours = ratio('ours');
      const kyAlone = ratio('ky');
      const original = ratio('original');
      // Of the CPU time ours spends beyond raw fetch, the part that ky alone spends too (per round, then the median).
      const kyShare = summarize(
        perRound.map(({ cpu }) => (cpu.ky - cpu.fetch) / Math.max(cpu.ours - cpu.fetch, Number.EPSILON)),
      );
      const perRequest = (mode: Mode) => `${((stats(mode).median / count) * 1000).toFixed(0)} µs/request`;
      const cpuPerRequest = (mode: Mode) =>
        `${((cpuStats(mode).median / count) * 1000).toFixed(0)} µs CPU/request (${formatRatio(cpuRatio(mode).median)})`;
      return {
        rows: [
          {
            measure: label,
            ours: `${formatMs(stats('ours').median)} (${formatRatio(ours.median)})`,
            original: `${formatMs(stats('original').median)} (${formatRatio(original.median)})`,
            ratio: `${formatRatio(ours.median)} fetch`,
            target,
            status: judge(ours.median, '<=', 1.1),
            rounds: String(rounds),
            spread: `ratio ${formatSpread(ours, formatRatio)}; original's ratio ${formatSpread(original, formatRatio)}`,
          },
        ],
        notes: [
          `Raw fetch: ${formatMs(stats('fetch').median)} for ${count} GETs (${perRequest('fetch')}); ours ` +
            `${perRequest('ours')}; original ${perRequest('original')}. Each client runs in its own process (so ` +
            'it bears its own allocation and GC costs); the four take turns in batches of ' +
            `${batch} requests (rotating which goes first), so they share the machine's load alike; ${warmup} ` +
            'untimed warm-up requests each. Raw fetch sends the same ' +
            'Authorization and Accept headers and parses the JSON; ours is `sipgateIO(credentials, { baseUrl })' +
            ".get(path)` with the library's defaults (retries on, date revival on); the original is " +
            '`sipgateIO(credentials).get(path)` with its axios instance given the local base URL (node:http ' +
            "adapter via follow-redirects, keep-alive from Node's global agent). The server runs in the benchmark " +
            'process.',
          'Where the overhead goes, in CPU time of the client process (steadier than wall time on a busy ' +
            `machine): raw fetch ${cpuPerRequest('fetch')}, ky alone ${cpuPerRequest('ky')}, ours ` +
            `${cpuPerRequest('ours')}, original ${cpuPerRequest('original')}. "ky alone" is ky called with our ` +
            'options (the same headers with Authorization, timeout, retry options and retry-counting hook, text ' +
            `read and parsed): ky accounts for ${(kyShare.median * 100).toFixed(0)}% of ours' CPU overhead over ` +
            `raw fetch (spread ${formatSpread(kyShare, (share) => `${(share * 100).toFixed(0)}%`)}); the rest is ` +
            'ours (URL and state, the body read under its own deadline, date revival). In wall time ky alone is ' +
            `${formatRatio(kyAlone.median)} raw fetch. ky's own cost per request is fixed by its design, whatever ` +
            'the options: it builds a Request, merges the options and copies the headers into new Headers objects ' +
            'twice, creates an AbortController for its timeout, and clones the Request before every attempt so a ' +
            'retry can resend it; fetch then copies that Request once more. ' +
            'ky 2.1 keeps the same steps (not faster when measured alongside) and needs Node 22; core supports Node 20.19.',
        ],
      };
    } catch (error) {
      return { rows: [{ ...notMeasuredRow(label, target, String(error)), status: 'failed' }], notes: [] };
    } finally {
      await api.close();
    }
  },
};
