/** Downloads the newest voicemail recording and the newest fax document from the history. */
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFaxModule, createHistoryModule, HistoryEntryType } from 'sipgateio';
import { report, runExample } from './connect.js';

runExample('Downloads', async ({ client }) => {
  const history = createHistoryModule(client);
  const [voicemail] = await history.fetchAll({ types: [HistoryEntryType.VOICEMAIL] }, { limit: 1 });
  if (voicemail?.type === HistoryEntryType.VOICEMAIL) {
    const recording = await history.downloadRecording(voicemail);
    const audio = await recording.bytes();
    const file = join(tmpdir(), `voicemail-${voicemail.id}.wav`);
    await writeFile(file, audio);
    report(`voicemail ${voicemail.id}: ${audio.length} bytes of ${recording.contentType} saved as ${file}`);
  }

  const [fax] = await history.fetchAll({ types: [HistoryEntryType.FAX] }, { limit: 1 });
  if (fax?.type === HistoryEntryType.FAX) {
    const document = await createFaxModule(client).downloadDocument(fax);
    const pdf = Buffer.from(await new Response(document.stream()).arrayBuffer());
    report(
      `fax ${fax.id}: ${pdf.length} bytes of ${document.contentType}, starts with ${pdf.toString('latin1', 0, 8)}`,
    );
  }
});
