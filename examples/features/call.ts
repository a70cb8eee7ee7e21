/** Starts a call: the device e0 rings first, then +4921100000002 is called. */
import { createCallModule } from 'sipgateio';
import { report, runExample } from './connect.js';

runExample('Call', async ({ client }) => {
  const { sessionId } = await createCallModule(client).initiate({ from: 'e0', to: '+4921100000002' });
  report(`started call ${sessionId} from e0 to +4921100000002`);
});
