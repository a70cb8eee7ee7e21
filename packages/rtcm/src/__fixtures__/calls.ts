import type { RTCMCall } from '../rtcm.types.js';

/** `GET /calls` body with one established call: you and an anonymous external party. */
export const ESTABLISHED_CALLS_RESPONSE: { data: RTCMCall[] } = {
  data: [
    {
      callId: '5c5b0b6b7f9a2b6d8e0a1c2d3e4f5061',
      muted: false,
      recording: false,
      hold: false,
      participants: [
        { participantId: 'c1', phoneNumber: '+4921112345678', muted: false, hold: false, owner: true },
        { participantId: 'c2', phoneNumber: '', muted: false, hold: false, owner: false },
      ],
    },
  ],
};
