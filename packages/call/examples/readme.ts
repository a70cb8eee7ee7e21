import { type CallData, createCallModule } from '@sipgateio/call';
import { sipgateIO } from '@sipgateio/core';

const client = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });
const call = createCallModule(client);

// The phone with extension e14 rings first; once picked up, +4921165432 is dialled.
const { sessionId } = await call.initiate({ from: 'e14', to: '+4921165432' });

// sessionId is the RTCM callId: pass { callId: sessionId } to @sipgateio/rtcm to hold, record or hang up.
console.log(`call ${sessionId} started`);

// A group number as caller needs a device for billing and the displayed number; callerId overrides it.
const groupCall: CallData = {
  from: '+4921123456',
  deviceId: 'e14',
  to: '+49 211 65432',
  callerId: '+4917012345678',
};
await call.initiate(groupCall);
