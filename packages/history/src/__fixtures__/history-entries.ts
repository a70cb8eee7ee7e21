/** Entries as GET /history and GET /history/{id} send them (ISO strings, `faxStatusType` on faxes). */
const base = {
  source: '+4921100000000',
  target: '+4921100000001',
  sourceAlias: 'Alice',
  targetAlias: 'Bob',
  created: '2024-03-01T10:00:00Z',
  lastModified: '2024-03-01T10:05:00Z',
  direction: 'INCOMING',
  incoming: true,
  status: 'PICKUP',
  connectionIds: ['p0'],
  read: false,
  archived: false,
  note: '',
  endpoints: [{ type: 'ROUTED', endpoint: { extension: 'p0', type: 'PHONELINE' } }],
  starred: false,
  labels: [],
};

export const rawCallEntry = {
  ...base,
  id: 'c1',
  type: 'CALL',
  callId: 'call-1',
  recordings: [{ id: 'r1', url: 'https://api.sipgate.com/v2/recordings/r1' }],
  duration: 42,
  callStatus: 'SUCCESS',
};

export const rawFaxEntry = {
  ...base,
  id: 'f1',
  type: 'FAX',
  faxStatusType: 'SENT',
  scheduled: null,
  documentUrl: 'https://api.sipgate.com/v2/fax/f1/document',
  reportUrl: 'https://api.sipgate.com/v2/fax/f1/report',
  previewUrl: 'https://api.sipgate.com/v2/fax/f1/preview',
  pageCount: 2,
};

export const rawSmsEntry = {
  ...base,
  id: 's1',
  type: 'SMS',
  smsContent: 'See you at 2024-03-01T12:00:00Z',
  scheduled: '2024-03-02T08:00:00Z',
};

export const rawVoicemailEntry = {
  ...base,
  id: 'v1',
  type: 'VOICEMAIL',
  transcription: 'Please call back',
  recordingUrl: 'https://api.sipgate.com/v2/voicemail/v1.mp3',
  duration: 12,
};

export const rawEntries = [rawCallEntry, rawFaxEntry, rawSmsEntry, rawVoicemailEntry];
