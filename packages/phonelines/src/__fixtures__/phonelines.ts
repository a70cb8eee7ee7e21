/** Response bodies shaped like the live API's answers for a phoneline. */
export const simplePhoneline = {
  id: 'p0',
  alias: 'Main line',
  blockAnonymousUrl: 'https://api.sipgate.com/v2/w0/phonelines/p0/blockanonymous',
  devicesUrl: 'https://api.sipgate.com/v2/w0/phonelines/p0/devices',
  forwardingsUrl: 'https://api.sipgate.com/v2/w0/phonelines/p0/forwardings',
  numbersUrl: 'https://api.sipgate.com/v2/w0/phonelines/p0/numbers',
  parallelForwardingsUrl: 'https://api.sipgate.com/v2/w0/phonelines/p0/parallelforwardings',
  voicemailsUrl: 'https://api.sipgate.com/v2/w0/phonelines/p0/voicemails',
};

export const phonelineDetails = {
  id: 'p0',
  alias: 'Main line',
  voicemails: [{ id: 'v0', timeout: 20, active: true }],
};

export const phonelineNumber = { number: '+4921112345678', type: ['LANDLINE'] };

export const phonelineDevice = {
  id: 'e0',
  alias: 'Desk phone',
  type: 'REGISTER',
  online: true,
  dnd: false,
  activePhonelines: [{ id: 'p0', alias: 'Main line' }],
  activeGroups: [],
};

export const forwardingSetting = {
  alias: 'Mobile',
  destination: '+4915799912345',
  timeout: 20,
  active: true,
};

export const parallelForwarding = {
  id: 'x0',
  alias: "Bjarne Stroustrup's mobile",
  destination: '+4915799912345',
  active: false,
};

export const phonelineVoicemail = {
  id: 'v0',
  alias: 'Voicemail of Main line',
  timeout: 20,
  active: true,
  transcription: false,
  canTranscribe: true,
  greetingsUrl: 'https://api.sipgate.com/v2/w0/phonelines/p0/voicemails/v0/greetings',
  transcriptionsUrl: 'https://api.sipgate.com/v2/w0/phonelines/p0/voicemails/v0/transcriptions',
  activeGreetingId: 'g0',
  activeGreetingAlias: 'Standard',
  accessNumber: '+4921112345600',
};

export const greeting = {
  id: 'g1',
  alias: 'after-hours.mp3',
  greetingUrl: 'https://api.sipgate.com/v2/greetings/g1.mp3',
  recordingEnabled: false,
  active: false,
};

export const user = {
  id: 'w0',
  firstname: 'Ada',
  lastname: 'Lovelace',
  email: 'ada.lovelace@sipgate.love',
  defaultDevice: 'e0',
  busyOnBusy: true,
  addressId: '13',
  directDialIds: ['101'],
  timezone: 'Europe/Berlin',
  admin: true,
};
