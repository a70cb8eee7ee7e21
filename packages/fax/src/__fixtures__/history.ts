/** `GET /history/{id}` body of a fax entry (fields as the live API returns them). */
export function faxHistoryEntry(faxStatusType: string) {
  return {
    id: 'fax-session-1',
    source: '+4921100000000',
    target: '+4921112345678',
    sourceAlias: 'Fax',
    targetAlias: '',
    type: 'FAX',
    created: '2026-11-26T12:00:00Z',
    lastModified: '2026-11-26T12:01:00Z',
    direction: 'OUTGOING',
    incoming: false,
    status: 'PICKUP',
    connectionIds: ['f0'],
    read: true,
    archived: false,
    note: '',
    endpoints: [],
    starred: false,
    labels: [],
    faxStatusType,
    scheduled: null,
    documentUrl: 'https://api.sipgate.com/v2/history/fax-session-1/document',
    reportUrl: 'https://api.sipgate.com/v2/history/fax-session-1/report',
    previewUrl: 'https://api.sipgate.com/v2/history/fax-session-1/preview',
    pageCount: 1,
  };
}

/** `GET /history/{id}` body of an SMS entry. */
export const SMS_HISTORY_ENTRY = {
  id: 'sms-1',
  type: 'SMS',
  smsContent: 'Hello',
  created: '2026-11-26T12:00:00Z',
};

/** `GET /{webuserId}/faxlines` body. */
export const FAXLINES_RESPONSE = {
  items: [{ id: 'f0', alias: 'Office fax', tagline: 'ACME Ltd.', canSend: true, canReceive: true }],
};
