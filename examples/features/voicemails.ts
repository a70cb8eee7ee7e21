/** Lists the voicemail boxes of the authenticated web user. */
import { createVoicemailsModule } from 'sipgateio';
import { report, runExample } from './connect.js';

runExample('Voicemails', async ({ client }) => {
  const voicemails = await createVoicemailsModule(client).getVoicemails();
  for (const voicemail of voicemails) {
    report(`${voicemail.id}  ${voicemail.alias}  (answers for ${voicemail.belongsToEndpoint.extension})`);
  }
  report(`${voicemails.length} voicemail boxes`);
});
