import { isSipgateIOError, sipgateIO } from '@sipgateio/core';
import { createSMSModule } from '@sipgateio/sms';

const client = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });
const sms = createSMSModule(client);

// From an SMS extension:
await sms.send({ smsId: 's0', to: '+4915799912345', message: 'Your parcel arrives today.' });

// From one of your verified numbers, scheduled for tomorrow:
const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
try {
  await sms.schedule({ from: '+4915711111111', to: '+4915799912345', message: 'Reminder' }, tomorrow);
} catch (error) {
  if (isSipgateIOError(error)) console.error(error.name, error.message);
  else throw error;
}
