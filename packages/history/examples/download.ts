import { writeFile } from 'node:fs/promises';
import { sipgateIO } from '@sipgateio/core';
import { createHistoryModule, HistoryEntryType } from '@sipgateio/history';

const client = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });
const history = createHistoryModule(client);

for (const entry of await history.fetchAll({ types: [HistoryEntryType.VOICEMAIL] }, { limit: 10 })) {
  if (entry.type !== HistoryEntryType.VOICEMAIL) continue;
  const recording = await history.downloadRecording(entry);
  console.log(`${entry.id}: ${recording.contentType}, "${entry.transcription}"`);
  await writeFile(`voicemail-${entry.id}.wav`, await recording.bytes());
}
