/** Bodies shaped like the answers of `/v2/groups` and `/v2/groupfaxlines`. */
export const support = {
  id: 'g0',
  alias: 'Support',
  departmentId: 0,
  groupNumbersUrl: '/groups/g0/numbers',
  groupUsersUrl: '/groups/g0/users',
};

export const supportDetails = {
  id: 'g0',
  alias: 'Support',
  departmentId: 0,
  voicemails: [{ id: 'v10', timeout: 20, active: true }],
};

export const member = { id: 'w0', firstname: 'Ada', lastname: 'Lovelace', userUrl: '/users/w0' };

export const groupNumber = { number: '+4921100000200', type: ['LANDLINE'] };

export const groupVoicemail = {
  id: 'v10',
  alias: 'Voicemail of Support',
  timeout: 20,
  active: true,
  transcriptionsUrl: '/groups/g0/voicemail/v10/transcriptions',
  transcription: false,
  canTranscribe: true,
  greetingsUrl: '/groups/g0/voicemail/v10/greetings',
  activeGreetingAlias: 'Standard',
  activeGreetingId: 'standard',
  accessNumber: '50010',
};

export const groupFaxline = {
  id: 'f10',
  alias: 'Fax of Support',
  tagline: 'Support',
  canSend: true,
  canReceive: true,
  groupId: 'g0',
};
