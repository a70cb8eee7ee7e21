/** Items shaped like `GET /v2/voicemails` answers. */
export const phonelineVoicemail = {
  id: 'v0',
  alias: 'Voicemail von Alice Example',
  belongsToEndpoint: { extension: 'p0', type: 'PHONELINE' },
};

export const groupVoicemail = {
  id: 'v1',
  alias: 'Support mailbox',
  belongsToEndpoint: { extension: 'g1', type: 'GROUP' },
};

/** A `GET /v2/voicemails/v0` body. */
export const voicemailDetails = {
  ...phonelineVoicemail,
  transcription: true,
  canTranscribe: true,
  activeGreetingId: '42',
  activeGreetingAlias: 'Holiday',
  accessNumber: '50000',
};

/** A `GET /v2/w0/phonelines/p0/voicemails/v0/greetings` body. */
export const greetingsBody = {
  items: [
    {
      id: '42',
      alias: 'Holiday',
      greetingUrl: 'https://api.sipgate.com/v2/greetings/42.mp3',
      recordingEnabled: false,
      active: true,
    },
  ],
};
