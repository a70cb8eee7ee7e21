import { sipgateIO } from '@sipgateio/core';
import { createPhonelinesModule } from '@sipgateio/phonelines';

const client = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });
const phonelines = createPhonelinesModule(client);

// After hours: ring the line 20 seconds, then forward to the mobile.
const [line] = await phonelines.listPhonelines();
if (line) {
  await phonelines.setForwardings(line.id, [{ destination: '+4915799912345', timeout: 20, active: true }]);
  await phonelines.setBlockAnonymous(line.id, { enabled: true, target: 'VOICEMAIL' });
  for (const voicemail of await phonelines.listVoicemails(line.id)) {
    console.log(`${line.alias}: voicemail ${voicemail.id} answers after ${voicemail.timeout} s`);
  }
}
