/** Bodies shaped like the answers of sipgate's account operations. */
export const account = {
  company: 'Example GmbH',
  mainProductType: 'TEAM',
  logoUrl: '',
  verified: true,
  historyLifeTime: 'UNLIMITED',
};

export const balance = { amount: 123450, currency: 'EUR' };

export const address = {
  id: 1,
  streetAddress: 'Gladbacher Str. 74',
  postalCode: '40219',
  locality: 'Düsseldorf',
  country: 'DE',
};

export const porting = {
  id: '7',
  portDate: '2026-12-21',
  numbers: [{ id: '70', number: '+4921100000900' }],
  status: 200,
  revocable: true,
  pending: true,
};

export const notifications = {
  voicemail: [
    {
      endpointId: 'v0',
      endpointAlias: 'Voicemail of Ada',
      emails: [{ id: '42', email: 'ada@example.com' }],
      sms: [{ id: '43', number: '+4915799912345' }],
    },
  ],
  fax: [],
  sms: [],
  call: [],
};

export const blacklistEntry = { phoneNumber: '+4915799912345', isBlock: false };

export const callRestrictions = {
  userId: 'w0',
  roaming: false,
  highCostForeignNumbers: true,
  foreignSpecial: false,
  charged: false,
};

export const greeting = {
  id: '42',
  alias: 'Recording notice',
  greetingUrl: 'https://api.sipgate.com/v2/autorecordings/greetings/42.mp3',
  recordingEnabled: true,
  active: true,
};
