/** Sends an SMS now and schedules one for in an hour, from the SMS extension s0. */
import { createSMSModule } from 'sipgateio';
import { report, runExample } from './connect.js';

runExample('SMS', async ({ client }) => {
  const sms = createSMSModule(client);
  await sms.send({ smsId: 's0', to: '+4917612345678', message: 'Hello from examples/features/sms.ts' });
  report('sent an SMS to +4917612345678');
  const sendAt = new Date(Date.now() + 60 * 60 * 1000);
  await sms.schedule({ smsId: 's0', to: '+4917612345678', message: 'This one comes an hour later.' }, sendAt);
  report(`scheduled an SMS for ${sendAt.toISOString()}`);
});
