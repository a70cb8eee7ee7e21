import { createSMSModule, isSipgateIOError, SipgateIOOutcomeUnknownError, sipgateIO } from 'sipgateio';

const client = sipgateIO({
  tokenId: process.env.SIPGATEIO_TOKEN_ID ?? 'token-FQ1V12',
  token: process.env.SIPGATEIO_TOKEN ?? 'e68ead46-a7db-46cd-8a1a-44aed1e4e372',
});
const sms = createSMSModule(client);

try {
  await sms.send({ smsId: 's0', to: '+4915799912345', message: 'Hello from sipgate.io' });
} catch (error) {
  if (error instanceof SipgateIOOutcomeUnknownError) {
    console.error('No answer: the SMS may or may not have been sent. Check the history before resending.');
  } else if (isSipgateIOError(error)) {
    console.error(`${error.name}: ${error.message}`);
  } else {
    throw error;
  }
}
