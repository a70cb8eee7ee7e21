/**
 * Iterating 100,000 history entries (pages of 1000) from a local paging fake on 127.0.0.1. Ours: iterateAll.
 * The original has no auto-paging: the loop a user writes around fetchAll(filter, { offset, limit }). Time and
 * heap growth in the iterating process; the fake runs in the benchmark process.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  formatBytes,
  formatMs,
  formatRatio,
  formatSpread,
  judge,
  type Measure,
  notMeasuredRow,
  type ReportRow,
  runRounds,
  summarize,
} from '../harness.js';
import { HISTORY_TOTAL, startLocalApi } from '../local-api.js';
import { describeFailure, ROOT, runWorker, waitForBuild } from '../workers.js';

interface HistoryResult {
  entries: number;
  faxes: number;
  outOfOrder: number;
  ms: number;
  heapGrowth: number;
  peakRss: number;
}

const HEAP_LIMIT = 50 * 1024 * 1024;
/** The sandbox row's time target, in milliseconds. */
const SANDBOX_TIME_LIMIT = 3000;
const SANDBOX_LABEL =
  'iterate 100,000 history entries from the sandbox (@sipgateio/sandbox): heap growth; time';
const CREDENTIALS = { tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' };

interface SandboxModule {
  createSandbox(options: {
    historySize: number;
    credentials: typeof CREDENTIALS;
  }): Promise<{ url: string; state: { history: { archived: boolean }[] }; stop(): Promise<void> }>;
}

/**
 * The same iteration against the sandbox, as the issue words it: ours and the original's loop, in
 * alternating order, each in its own process, with the sandbox in this process.
 */
async function sandboxRun(
  rounds: number,
  log: (message: string) => void,
): Promise<{ row: ReportRow; notes: string[] }> {
  const target = 'heap growth ≤ 50 MB; time ≤ 3 s';
  if (!(await waitForBuild('sandbox'))) {
    return { row: notMeasuredRow(SANDBOX_LABEL, target, 'packages/sandbox is not built'), notes: [] };
  }
  const { createSandbox } = (await import(
    pathToFileURL(join(ROOT, 'packages', 'sandbox', 'dist', 'index.js')).href
  )) as SandboxModule;
  const sandbox = await createSandbox({ historySize: HISTORY_TOTAL, credentials: CREDENTIALS });
  // GET /history lists only entries that are not archived unless asked otherwise; the generator archives some.
  for (const entry of sandbox.state.history) entry.archived = false;
  try {
    const iterate = async (mode: 'ours' | 'original') => {
      const { result, child } = await runWorker<HistoryResult>(
        'history',
        { mode, baseUrl: sandbox.url, sandbox: true },
        { timeoutMs: 300_000, nodeFlags: ['--expose-gc'] },
      );
      if (!result) throw new Error(`history (sandbox) ${mode}: ${describeFailure(child)}`);
      if (result.entries !== HISTORY_TOTAL)
        throw new Error(`history (sandbox) ${mode}: ${result.entries} entries`);
      return result;
    };
    const perRound = await runRounds(rounds, async (round) => {
      log(`history: sandbox, round ${round + 1}/${rounds}`);
      const first = round % 2 === 0 ? 'ours' : 'original';
      const a = await iterate(first);
      const b = await iterate(first === 'ours' ? 'original' : 'ours');
      return first === 'ours' ? { ours: a, original: b } : { ours: b, original: a };
    });
    const heap = summarize(perRound.map((round) => round.ours.heapGrowth));
    const time = summarize(perRound.map((round) => round.ours.ms));
    const originalHeap = summarize(perRound.map((round) => round.original.heapGrowth));
    const originalTime = summarize(perRound.map((round) => round.original.ms));
    const timeRatio = summarize(perRound.map((round) => round.ours.ms / round.original.ms));
    return {
      row: {
        measure: SANDBOX_LABEL,
        ours: `${formatBytes(heap.median)} heap growth; ${formatMs(time.median)}`,
        original: `${formatBytes(originalHeap.median)}; ${formatMs(originalTime.median)} (manual fetchAll loop)`,
        ratio: `${formatBytes(heap.median)} heap growth; time ${formatRatio(timeRatio.median)} original`,
        target,
        status:
          judge(heap.median, '<=', HEAP_LIMIT) === 'met'
            ? judge(time.median, '<=', SANDBOX_TIME_LIMIT)
            : 'MISSED',
        rounds: String(rounds),
        spread: `heap ${formatSpread(heap, formatBytes)}; time ${formatSpread(time, formatMs)}`,
      },
      notes: [
        `Sandbox row: \`createSandbox({ historySize: ${HISTORY_TOTAL} })\` in the benchmark process, every entry ` +
          'set to not archived (its GET /history lists only those by default), no filter; the same two loops and ' +
          "heap sampling as above. Its time includes the sandbox's own work (a page that continues the previous " +
          `listing is cut from the selection made then; every page is serialized anew), on the same cores; original's heap ${formatSpread(originalHeap, formatBytes)}, time ` +
          `${formatSpread(originalTime, formatMs)}.`,
      ],
    };
  } catch (error) {
    return { row: { ...notMeasuredRow(SANDBOX_LABEL, target, String(error)), status: 'failed' }, notes: [] };
  } finally {
    await sandbox.stop();
  }
}

export const historyMeasure: Measure = {
  name: 'history',
  async run({ rounds, quick, log }) {
    // --quick iterates a fifth of the entries: the time and heap figures are then not the target's.
    const total = quick ? HISTORY_TOTAL / 5 : HISTORY_TOTAL;
    const label = `iterate ${total.toLocaleString('en-US')} history entries (pages of 1000): heap growth; time`;
    const target = 'heap growth ≤ 50 MB; time reported';
    if (!(await waitForBuild('history'))) {
      return { rows: [notMeasuredRow(label, target, 'packages/history is not built')], notes: [] };
    }
    const api = await startLocalApi();
    api.historyTotal = total;
    try {
      const iterate = async (mode: 'ours' | 'original') => {
        api.resetStats();
        const { result, child } = await runWorker<HistoryResult>(
          'history',
          { mode, baseUrl: api.baseUrl },
          { timeoutMs: 180_000, nodeFlags: ['--expose-gc'] },
        );
        if (!result) throw new Error(`history ${mode}: ${describeFailure(child)}`);
        if (result.entries !== total || result.outOfOrder !== 0 || result.faxes !== total / 10) {
          throw new Error(`history ${mode}: wrong entries ${JSON.stringify(result)}`);
        }
        return { ...result, pages: api.stats.historyPages };
      };
      const perRound = await runRounds(rounds, async (round) => {
        log(`history: round ${round + 1}/${rounds}`);
        const first = round % 2 === 0 ? 'ours' : 'original';
        const a = await iterate(first);
        const b = await iterate(first === 'ours' ? 'original' : 'ours');
        return first === 'ours' ? { ours: a, original: b } : { ours: b, original: a };
      });
      const heap = summarize(perRound.map((round) => round.ours.heapGrowth));
      const time = summarize(perRound.map((round) => round.ours.ms));
      const originalHeap = summarize(perRound.map((round) => round.original.heapGrowth));
      const originalTime = summarize(perRound.map((round) => round.original.ms));
      const timeRatio = summarize(perRound.map((round) => round.ours.ms / round.original.ms));
      const [first] = perRound;
      const sandbox = quick ? undefined : await sandboxRun(rounds, log);
      return {
        rows: [
          {
            measure: label,
            ours: `${formatBytes(heap.median)} heap growth; ${formatMs(time.median)}`,
            original: `${formatBytes(originalHeap.median)}; ${formatMs(originalTime.median)} (manual fetchAll loop)`,
            ratio: `${formatBytes(heap.median)} heap growth; time ${formatRatio(timeRatio.median)} original`,
            target,
            status: quick ? 'reported' : judge(heap.median, '<=', HEAP_LIMIT),
            rounds: String(rounds),
            spread: `heap ${formatSpread(heap, formatBytes)}; time ${formatSpread(time, formatMs)}`,
          },
          sandbox?.row ?? notMeasuredRow(SANDBOX_LABEL, target, 'skipped in --quick (about 30 s per round)'),
        ],
        notes: [
          (quick ? `--quick: ${total} entries, so the heap target (for 100,000) is not judged. ` : '') +
            'One untimed GET through each client first (transport code loaded). Ours: `createHistoryModule(client).iterateAll({ connectionIds: ["p0"] }, { pageSize: 1000 })`; the ' +
            'original: `for (offset = 0; ; offset += 1000) fetchAll(filter, { offset, limit: 1000 })` until a short ' +
            `page (it discards totalCount, so it needs one more request: ${first?.original.pages} pages against ` +
            `ours ${first?.ours.pages}). Each entry ≈ 500 bytes of JSON with two date-times; every tenth is a fax ` +
            '(renamed faxStatus checked). Heap growth = highest `heapUsed` sampled every 500 entries − `heapUsed` ' +
            `after a full GC before the first request. Peak RSS: ours ${formatBytes(summarize(perRound.map((round) => round.ours.peakRss)).median)}, ` +
            `original ${formatBytes(summarize(perRound.map((round) => round.original.peakRss)).median)}. ` +
            `Original heap spread ${formatSpread(originalHeap, formatBytes)}, time ${formatSpread(originalTime, formatMs)}.`,
          ...(sandbox?.notes ?? []),
        ],
      };
    } catch (error) {
      return { rows: [{ ...notMeasuredRow(label, target, String(error)), status: 'failed' }], notes: [] };
    } finally {
      await api.close();
    }
  },
};
