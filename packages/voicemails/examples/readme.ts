import { sipgateIO } from '@sipgateio/core';
import { createVoicemailsModule } from '@sipgateio/voicemails';

const client = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });
const voicemails = createVoicemailsModule(client);

for (const voicemail of await voicemails.getVoicemails()) {
  const { extension, type } = voicemail.belongsToEndpoint;
  console.log(`${voicemail.id} "${voicemail.alias}" answers for ${type.toLowerCase()} ${extension}`);
}
