/**
 * Contacts: importFromCsvString of a 100,000-row CSV, and exportAsVCards of 20,000 contacts, ours vs. the
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

interface ContactsResult {
  ms: number;
  peakRss: number;
  rssBefore: number;
  items: number;
}

const IMPORT_ROWS = 100_000;

export const contactsMeasure: Measure = {
  name: 'contacts',
  async run({ rounds, quick, log }) {
    const sizes: Record<Operation, number> = {
      import: quick ? IMPORT_ROWS / 5 : IMPORT_ROWS,
      export: quick ? CONTACTS_TOTAL / 5 : CONTACTS_TOTAL,
    };
    const labels: Record<Operation, string> = {
      import: `contacts: import a ${sizes.import.toLocaleString('en-US')}-row CSV (importFromCsvString)`,
      export: `contacts: export ${sizes.export.toLocaleString('en-US')} contacts as vCard (exportAsVCards)`,
    };
    const target = "≤ 0.5× the original's time; time and peak RSS reported";
    if (!existsSync(join(ROOT, 'packages', 'contacts', 'src', 'index.ts'))) {
      return {
        rows: (['import', 'export'] as const).map((operation) =>
          notMeasuredRow(labels[operation], target, 'not measured yet: packages/contacts does not exist'),
        ),
        notes: [],
      };
    }
    if (!(await waitForBuild('contacts'))) {
      return {
        rows: (['import', 'export'] as const).map((operation) =>
          notMeasuredRow(labels[operation], target, 'packages/contacts is not built'),
        ),
        notes: [],
      };
    }
    const api = await startLocalApi();
    const rows: ReportRow[] = [];
    const notes: string[] = [];
    try {
      for (const operation of ['import', 'export'] as const) {
        const measureOnce = async (mode: Mode) => {
          api.resetStats();
          const { result, child } = await runWorker<ContactsResult>(
            'contacts',
            { mode, operation, baseUrl: api.baseUrl, rows: sizes[operation] },
            { timeoutMs: 180_000 },
          );
          if (!result) throw new Error(`contacts ${operation} ${mode}: ${describeFailure(child)}`);
          if (result.items !== sizes[operation])
            throw new Error(`contacts ${operation} ${mode}: ${result.items} items`);
          return { ...result, uploaded: api.stats.lastBodyBytes['/v2/contacts/import/csv'] ?? 0 };
        };
        try {
          const perRound = await runRounds(rounds, async (round) => {
            log(`contacts: ${operation}, round ${round + 1}/${rounds}`);
            const first: Mode = round % 2 === 0 ? 'ours' : 'original';
            const a = await measureOnce(first);
            const b = await measureOnce(first === 'ours' ? 'original' : 'ours');
            return first === 'ours' ? { ours: a, original: b } : { ours: b, original: a };
          });
          const time = (mode: Mode) => summarize(perRound.map((round) => round[mode].ms));
          const rss = (mode: Mode) => summarize(perRound.map((round) => round[mode].peakRss));
          const ratio = summarize(perRound.map((round) => round.ours.ms / round.original.ms));
          rows.push({
            measure: labels[operation],
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
              ? `One untimed GET through each client first, so lazily loaded transport code (undici behind ours' fetch) is not timed. Import: CSV \`firstname,lastname,number\` built before the clock starts; both project it and POST ` +
                  `base64 to /contacts/import/csv (the fake received ${first?.ours.uploaded.toLocaleString('en-US')} ` +
                  `bytes from ours, ${first?.original.uploaded.toLocaleString('en-US')} from the original). Peak RSS ` +
                  `includes the CSV text; RSS before the call: ours ${formatBytes(summarize(perRound.map((round) => round.ours.rssBefore)).median)}, ` +
                  `original ${formatBytes(summarize(perRound.map((round) => round.original.rssBefore)).median)}. ` +
                  `Original's time ${formatSpread(time('original'), formatMs)}.`
              : `Export: \`exportAsVCards('ALL', { limit: ${sizes.export}, offset: 0 })\` — one GET of ${sizes.export} ` +
                  'contacts (each with a number, an e-mail, an address and an organization), JSON parse, vCard 4.0 ' +
                  "formatting; both libraries' own formatters. Peak RSS includes the response body. " +
                  `Original's time ${formatSpread(time('original'), formatMs)}.`,
          );
        } catch (error) {
          rows.push({ ...notMeasuredRow(labels[operation], target, String(error)), status: 'failed' });
        }
      }
      if (quick) notes.push('--quick: a fifth of the rows and contacts.');
      return { rows, notes };
    } finally {
      await api.close();
    }
  },
};
