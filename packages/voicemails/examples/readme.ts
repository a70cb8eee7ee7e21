import { sipgateIO } from '@sipgateio/core';
import { createVoicemailsModule } from '@sipgateio/voicemails';

const client = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });
const voicemails = createVoicemailsModule(client);

for (const voicemail of await voicemails.getVoicemails()) {
  const { extension, type } = voicemail.belongsToEndpoint;
  console.log(`${voicemail.id} "${voicemail.alias}" answers for ${type.toLowerCase()} ${extension}`);
}

const box = await voicemails.getVoicemail('v0');
console.log(
  `transcription ${box.transcription ? 'on' : 'off'}, greeting: ${box.activeGreetingAlias ?? 'none'}`,
);
for (const greeting of await voicemails.getGreetings('v0')) {
  console.log(`${greeting.active ? '*' : ' '} ${greeting.alias} ${greeting.greetingUrl}`);
}
if (box.canTranscribe) await voicemails.setTranscription('v0', true);
