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
