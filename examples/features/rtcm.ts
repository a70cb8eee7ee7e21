/** Real-time call control: starts a call, lists established calls, mutes it, plays a DTMF tone and hangs up. */
import { createCallModule, createRTCMModule } from 'sipgateio';
import { report, runExample } from './connect.js';

runExample('RTCM', async ({ client }) => {
  const { sessionId } = await createCallModule(client).initiate({ from: 'e0', to: '+4921100000003' });
  const rtcm = createRTCMModule(client);
  const calls = await rtcm.getEstablishedCalls();
  report(`established calls: ${calls.map((call) => call.callId).join(', ')}`);
  const call = calls.find((candidate) => candidate.callId === sessionId);
  if (!call) throw new Error(`Call ${sessionId} is not established.`);
  await rtcm.mute(call, true);
  report(`muted ${call.callId}`);
  await rtcm.sendDTMF(call, '1');
  report('sent DTMF 1');
  await rtcm.hangUp(call);
  report(`hung up ${call.callId}`);
});
