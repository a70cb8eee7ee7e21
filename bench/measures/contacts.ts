/**
 * Contacts: importFromCsvString of a 20,000-row and of a 100,000-row CSV, and exportAsVCards of 20,000
 * contacts, ours vs. the
 * original through the same API calls (both libraries have them). Each operation runs in its own `node`
 * process against the local fake; time and the process's peak RSS are reported, the ratio of times is taken
 * within each round.
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
  type ReportRow,
  runRounds,
  summarize,
} from '../harness.js';
import { CONTACTS_TOTAL, startLocalApi } from '../local-api.js';
import { describeFailure, ROOT, runWorker, waitForBuild } from '../workers.js';

type Mode = 'ours' | 'original';
type Operation = 'import' | 'export';

/** One measured row: an operation at a size. */
interface Case {
  operation: Operation;
  rows: number;
  label: string;
}

interface ContactsResult {
  ms: number;
  peakRss: number;
  rssBefore: number;
  items: number;
}

/** The CSV sizes the import is measured at, each its own row (the target holds at both). */
const IMPORT_ROWS = [20_000, 100_000];

export const contactsMeasure: Measure = {
  name: 'contacts',
  async run({ rounds, quick, log }) {
    const scale = (count: number) => (quick ? count / 5 : count);
    const cases: Case[] = [
      ...IMPORT_ROWS.map((count) => ({
        operation: 'import' as const,
        rows: scale(count),
        label: `contacts: import a ${scale(count).toLocaleString('en-US')}-row CSV (importFromCsvString)`,
      })),
      {
        operation: 'export',
        rows: scale(CONTACTS_TOTAL),
        label: `contacts: export ${scale(CONTACTS_TOTAL).toLocaleString('en-US')} contacts as vCard (exportAsVCards)`,
      },
    ];
    const target = "≤ 0.5× the original's time; time and peak RSS reported";
    if (!existsSync(join(ROOT, 'packages', 'contacts', 'src', 'index.ts'))) {
      return {
        rows: cases.map(({ label }) =>
          notMeasuredRow(label, target, 'not measured yet: packages/contacts does not exist'),
        ),
        notes: [],
      };
    }
    if (!(await waitForBuild('contacts'))) {
      return {
        rows: cases.map(({ label }) => notMeasuredRow(label, target, 'packages/contacts is not built')),
        notes: [],
      };
    }
    const api = await startLocalApi();
    const rows: ReportRow[] = [];
    const notes: string[] = [];
    try {
      for (const { operation, rows: size, label } of cases) {
        const measureOnce = async (mode: Mode) => {
          api.resetStats();
          const { result, child } = await runWorker<ContactsResult>(
            'contacts',
            { mode, operation, baseUrl: api.baseUrl, rows: size },
            { timeoutMs: 180_000 },
          );
          if (!result) throw new Error(`contacts ${operation} ${mode}: ${describeFailure(child)}`);
          if (result.items !== size) throw new Error(`contacts ${operation} ${mode}: ${result.items} items`);
          return { ...result, uploaded: api.stats.lastBodyBytes['/v2/contacts/import/csv'] ?? 0 };
        };
        try {
          const perRound = await runRounds(rounds, async (round) => {
            log(`contacts: ${operation} of ${size}, round ${round + 1}/${rounds}`);
            const first: Mode = round % 2 === 0 ? 'ours' : 'original';
            const a = await measureOnce(first);
            const b = await measureOnce(first === 'ours' ? 'original' : 'ours');
            return first === 'ours' ? { ours: a, original: b } : { ours: b, original: a };
          });
          const time = (mode: Mode) => summarize(perRound.map((round) => round[mode].ms));
          const rss = (mode: Mode) => summarize(perRound.map((round) => round[mode].peakRss));
          const ratio = summarize(perRound.map((round) => round.ours.ms / round.original.ms));
          rows.push({
            measure: label,
            ours: `${formatMs(time('ours').median)}; peak RSS ${formatBytes(rss('ours').median)}`,
            original: `${formatMs(time('original').median)}; peak RSS ${formatBytes(rss('original').median)}`,
            ratio: `${formatRatio(ratio.median)} original's time`,
            target,
            status: judge(ratio.median, '<=', 0.5),
            rounds: String(rounds),
            spread: `ratio ${formatSpread(ratio, formatRatio)}; ours ${formatSpread(time('ours'), formatMs)}`,
          });
          const [first] = perRound;
          notes.push(
            operation === 'import'
              ? `Import of ${size.toLocaleString('en-US')} rows: one untimed GET and one untimed small import POST through each client first, so lazily loaded transport code (undici behind ours' fetch, its request-body streams) is not timed. Import: CSV \`firstname,lastname,number\` built before the clock starts; both project it and POST ` +
                  `base64 to /contacts/import/csv (the fake received ${first?.ours.uploaded.toLocaleString('en-US')} ` +
                  `bytes from ours, ${first?.original.uploaded.toLocaleString('en-US')} from the original). Peak RSS ` +
                  `includes the CSV text; RSS before the call: ours ${formatBytes(summarize(perRound.map((round) => round.ours.rssBefore)).median)}, ` +
                  `original ${formatBytes(summarize(perRound.map((round) => round.original.rssBefore)).median)}. ` +
                  `Original's time ${formatSpread(time('original'), formatMs)}.`
              : `Export: \`exportAsVCards('ALL', { limit: ${size}, offset: 0 })\` — one GET of ${size} ` +
                  'contacts (each with a number, an e-mail, an address and an organization), JSON parse, vCard 4.0 ' +
                  "formatting; both libraries' own formatters. Peak RSS includes the response body. " +
                  `Original's time ${formatSpread(time('original'), formatMs)}.`,
          );
        } catch (error) {
          rows.push({ ...notMeasuredRow(label, target, String(error)), status: 'failed' });
        }
      }
      if (quick) notes.push('--quick: a fifth of the rows and contacts.');
      return { rows, notes };
    } finally {
      await api.close();
    }
  },
};
