/**
 * Lists the voicemail boxes of the account, then reads the first phoneline box and its greetings, and turns its
 * transcription on where the box can transcribe (restoring the setting afterwards).
 */
import { createVoicemailsModule } from 'sipgateio';
import { report, runExample } from './connect.js';

runExample('Voicemails', async ({ client }) => {
  const module = createVoicemailsModule(client);
  const voicemails = await module.getVoicemails();
  for (const voicemail of voicemails) {
    report(`${voicemail.id}  ${voicemail.alias}  (answers for ${voicemail.belongsToEndpoint.extension})`);
  }
  report(`${voicemails.length} voicemail boxes`);

  const box = voicemails.find((voicemail) => voicemail.belongsToEndpoint.type === 'PHONELINE');
  if (!box) return;
  const details = await module.getVoicemail(box.id);
  report(
    `${details.id}: transcription ${details.transcription ? 'on' : 'off'}, greeting ${details.activeGreetingAlias ?? '(none)'}`,
  );
  for (const greeting of await module.getGreetings(box.id)) {
    report(`greeting ${greeting.id} "${greeting.alias}"${greeting.active ? ' (active)' : ''}`);
  }

  if (!details.canTranscribe) return;
  await module.setTranscription(box.id, !details.transcription);
  try {
    const changed = await module.getVoicemail(box.id);
    report(`${box.id}: transcription now ${changed.transcription ? 'on' : 'off'}`);
  } finally {
    await module.setTranscription(box.id, details.transcription);
  }
});
