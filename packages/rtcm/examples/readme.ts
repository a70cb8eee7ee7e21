import { sipgateIO } from '@sipgateio/core';
import { createRTCMModule } from '@sipgateio/rtcm';

const client = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });
const rtcm = createRTCMModule(client);

const calls = await rtcm.getEstablishedCalls();
for (const call of calls) {
  console.log(
    call.callId,
    call.participants.map((participant) => participant.phoneNumber),
  );
}

const [call] = calls;
if (call) {
  await rtcm.hold(call, true);
  await rtcm.hold(call, false);
  await rtcm.sendDTMF(call, '*100#');
  await rtcm.record(call, { announcement: true, value: true });
  await rtcm.transfer(call, { attended: false, phoneNumber: '+4921112345678', callerId: '+4921187654321' });
}

// Any object with a callId works, e.g. the sessionId from @sipgateio/call or a webhook event's callId.
await rtcm.hangUp({ callId: '5c5b0b6b7f9a2b6d8e0a1c2d3e4f5061' });
