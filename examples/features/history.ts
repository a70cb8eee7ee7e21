/** Lists the five newest history entries, then stars the newest and adds a note to it. */
import { createHistoryModule } from 'sipgateio';
import { report, runExample } from './connect.js';

runExample('History', async ({ client }) => {
  const history = createHistoryModule(client);
  const entries = await history.fetchAll({}, { limit: 5 });
  for (const entry of entries) {
    report(
      `${entry.created.toISOString()}  ${entry.type.padEnd(9)} ${entry.direction.padEnd(15)} ${entry.source} → ${entry.target}`,
    );
  }
  const [newest] = entries;
  if (!newest) return;
  await history.batchUpdateEvents([newest], () => ({
    starred: true,
    note: 'Checked by examples/features/history.ts',
  }));
  report(`starred ${newest.id} and added a note`);
});
