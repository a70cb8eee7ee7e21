import { sipgateIO } from '@sipgateio/core';
import {
  createHistoryModule,
  HistoryBatchUpdateError,
  HistoryDirection,
  HistoryEntryType,
} from '@sipgateio/history';

const client = sipgateIO({
  tokenId: process.env.SIPGATE_TOKEN_ID ?? '',
  token: process.env.SIPGATE_TOKEN ?? '',
});
const history = createHistoryModule(client);

// One page: the 50 newest missed calls of January.
const missed = await history.fetchAll(
  {
    types: [HistoryEntryType.CALL],
    directions: [HistoryDirection.MISSED_INCOMING],
    startDate: new Date('2025-01-01T00:00:00Z'),
    endDate: new Date('2025-02-01T00:00:00Z'),
  },
  { offset: 0, limit: 50 },
);

// Every starred entry, page by page (1000 per request), narrowed by type.
for await (const entry of history.iterateAll({ starred: true })) {
  if (entry.type === HistoryEntryType.FAX) console.log(entry.id, entry.faxStatus, entry.pageCount);
  if (entry.type === HistoryEntryType.CALL) console.log(entry.id, entry.callStatus, entry.duration);
}

// Mark the missed calls as read and note who called back; see exactly what failed.
try {
  await history.batchUpdateEvents(missed, (entry) =>
    entry.sourceAlias ? { read: true, note: `Called back ${entry.sourceAlias}` } : { read: true },
  );
} catch (error) {
  if (!(error instanceof HistoryBatchUpdateError)) throw error;
  console.error(`Not updated: ${error.failedIds.join(', ')}`);
}

const csv = await history.exportAsCsvString({ archived: false }, { limit: 1000 });
console.log(csv.split('\n')[0]);

await history.deleteByListOfIds(missed.filter((entry) => entry.read).map((entry) => entry.id));
