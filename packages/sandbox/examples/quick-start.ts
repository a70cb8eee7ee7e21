import { createSandbox } from '@sipgateio/sandbox';
import { createSMSModule, sipgateIO } from 'sipgateio';

const sandbox = await createSandbox(); // 127.0.0.1, a free port
const client = sipgateIO(sandbox.credentials, { baseUrl: sandbox.url });
await createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'Hello' });
console.log(sandbox.state.sms); // [{ smsId: 's0', recipient: '+4915799912345', … }]
await sandbox.stop();
