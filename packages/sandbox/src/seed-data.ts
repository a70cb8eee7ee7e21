import { generateHistory } from './history-generator.js';
import type {
  SandboxAccountSettings,
  SandboxDeviceSettings,
  SandboxParallelForwarding,
  SandboxPhoneline,
  SandboxState,
  SandboxVoicemailSettings,
} from './state.types.js';

/** The numbers of the sandbox account, used by numbers, caller ids, devices and generated history. */
export const ACCOUNT_NUMBERS = {
  landline: '+4921100000000',
  mobile: '+4915799912345',
  fax: '+4921100000099',
  unverified: '+4915700000001',
} as const;

/** The code the sandbox sends to every SMS caller id it is asked to add (there is no phone to read it on). */
export const SANDBOX_VERIFICATION_CODE = '123456';

/** Builds the initial state of a sandbox: one account with two users, devices, lines and history. */
export function createInitialState(options: {
  seed: number;
  historySize: number;
  filesUrl: string;
}): SandboxState {
  return {
    requests: [],
    written: {},
    sms: [],
    faxes: [],
    calls: [],
    transcripts: [],
    settings: { incomingUrl: '', outgoingUrl: '', log: false, whitelist: null },
    contacts: [
      {
        id: '8f2c1a9e-7b1d-4c3e-9a55-1f0b2c3d4e5f',
        name: 'Ada Lovelace',
        family: 'Lovelace',
        given: 'Ada',
        picture: null,
        emails: [{ email: 'ada@example.com', type: ['work'] }],
        numbers: [{ number: '+4915799900001', type: ['cell'] }],
        addresses: [],
        organization: [['Analytical Engines Ltd']],
        scope: 'SHARED',
      },
    ],
    history: generateHistory(options),
    userinfo: { sub: 'w0', domain: 'sipgate.de', masterSipId: '1234567', locale: 'de_DE' },
    users: [
      {
        id: 'w0',
        firstname: 'Ada',
        lastname: 'Lovelace',
        email: 'ada.lovelace@example.com',
        defaultDevice: 'e0',
        busyOnBusy: false,
        addressId: '13',
        directDialIds: ['101'],
        timezone: 'Europe/Berlin',
        admin: true,
      },
      {
        id: 'w1',
        firstname: 'Alan',
        lastname: 'Turing',
        email: 'alan.turing@example.com',
        defaultDevice: 'e1',
        busyOnBusy: true,
        addressId: '13',
        directDialIds: ['102'],
        timezone: 'Europe/Berlin',
        admin: false,
      },
    ],
    numbers: [
      {
        id: '1001',
        number: ACCOUNT_NUMBERS.landline,
        localized: '0211 00000000',
        type: 'LANDLINE',
        endpointId: 'p0',
        endpointAlias: 'Ada Lovelace',
        endpointUrl: '/w0/phonelines/p0',
      },
      {
        id: '1002',
        number: ACCOUNT_NUMBERS.mobile,
        localized: '01579-9912345',
        type: 'MOBILE',
        endpointId: 'y0',
        endpointAlias: 'Mobile of Ada',
        endpointUrl: '/w0/devices/y0',
        mnpState: { isReleased: false, releasedUntil: '2030-01-01T00:00:00Z' },
      },
      {
        id: '1003',
        number: ACCOUNT_NUMBERS.fax,
        localized: '0211 00000099',
        type: 'LANDLINE',
        endpointId: 'f0',
        endpointAlias: 'Fax of Ada',
        endpointUrl: '/w0/faxlines/f0',
      },
      {
        id: '1004',
        number: '+4921100000102',
        localized: '0211 00000102',
        type: 'LANDLINE',
        endpointId: 'p1',
        endpointAlias: 'Alan Turing',
        endpointUrl: '/w1/phonelines/p1',
      },
    ],
    devices: {
      w0: [
        device('e0', 'VoIP phone of Ada', 'REGISTER', true, 'p0', 'Ada Lovelace'),
        device('y0', 'Mobile of Ada', 'MOBILE', true, 'p0', 'Ada Lovelace'),
        device('x0', 'External phone of Ada', 'EXTERNAL', false, 'p0', 'Ada Lovelace'),
      ],
      w1: [device('e1', 'VoIP phone of Alan', 'REGISTER', false, 'p1', 'Alan Turing')],
    },
    faxlines: {
      w0: [{ id: 'f0', alias: 'Fax of Ada', tagline: 'Ada Lovelace', canSend: true, canReceive: true }],
      w1: [],
    },
    smsExtensions: {
      w0: [{ id: 's0', alias: 'SMS of Ada', callerId: ACCOUNT_NUMBERS.mobile }],
      w1: [{ id: 's1', alias: 'SMS of Alan', callerId: '' }],
    },
    callerIds: {
      s0: [
        { id: 0, phonenumber: ACCOUNT_NUMBERS.mobile, verified: true, defaultNumber: true },
        { id: 1, phonenumber: ACCOUNT_NUMBERS.landline, verified: true, defaultNumber: false },
        { id: 2, phonenumber: ACCOUNT_NUMBERS.unverified, verified: false, defaultNumber: false },
      ],
      s1: [],
    },
    voicemails: [
      { id: 'v0', alias: 'Voicemail of Ada', belongsToEndpoint: { extension: 'p0', type: 'PHONELINE' } },
      { id: 'v1', alias: 'Voicemail of Alan', belongsToEndpoint: { extension: 'p1', type: 'PHONELINE' } },
    ],
    groups: [
      {
        id: 'g0',
        alias: 'Support',
        departmentId: 0,
        users: ['w0', 'w1'],
        faxlines: [
          {
            id: 'f10',
            alias: 'Fax of Support',
            tagline: 'Support',
            canSend: true,
            canReceive: true,
            callerId: ACCOUNT_NUMBERS.landline,
          },
        ],
        voicemails: [
          {
            id: 'v10',
            alias: 'Voicemail of Support',
            timeout: 20,
            active: true,
            transcription: false,
            canTranscribe: true,
            activeGreetingAlias: 'Standard',
            activeGreetingId: 'standard',
            accessNumber: '50010',
          },
        ],
      },
    ],
    phonelines: {
      w0: [
        phoneline('p0', 'Ada Lovelace', [
          { id: 'x0', alias: 'External phone of Ada', destination: '+4921100000555', active: true },
        ]),
      ],
      w1: [phoneline('p1', 'Alan Turing', [])],
    },
    voicemailSettings: { v0: voicemailSettings('v0', true), v1: voicemailSettings('v1', false) },
    accountSettings: seedAccountSettings(),
    deviceSettings: {
      e0: deviceSettings(ACCOUNT_NUMBERS.landline),
      y0: {
        ...deviceSettings(ACCOUNT_NUMBERS.mobile),
        contingents: [
          { type: 'DATA', amount: 5120, used: 1024, left: 4096, unit: 'MB', expires: '2030-01-31T23:59:59Z' },
          { type: 'SMS', amount: 100, used: 3, left: 97, unit: 'SMS', expires: '2030-01-31T23:59:59Z' },
        ],
      },
      x0: deviceSettings(ACCOUNT_NUMBERS.landline),
      e1: deviceSettings('+4921100000102'),
    },
    faxlineCallerIds: { f0: ACCOUNT_NUMBERS.fax },
    callerIdVerifications: { 's0/2': SANDBOX_VERIFICATION_CODE },
    phonelineWebhooks: {},
    webhookLog: [
      {
        phonelineId: 'p0',
        created: '2025-06-01T11:58:00Z',
        url: 'https://example.com/sipgate/incoming',
        request:
          'event=newCall&direction=in&from=4915791234567&to=4921100000000&callId=3A4B5C&user%5B%5D=Ada',
        response: 'HTTP/1.1 404 Not Found',
        status: '404',
        xmlError: 'Response does not have content type application/xml',
      },
    ],
    filesUrl: options.filesUrl,
  };
}

function phoneline(
  id: string,
  alias: string,
  parallelForwardings: SandboxParallelForwarding[],
): SandboxPhoneline {
  return {
    id,
    alias,
    forwardings: [],
    parallelForwardings,
    blockAnonymous: { enabled: false, target: 'REJECT' },
  };
}

/** A voicemail box answering after 20 s with its standard greeting active. */
export function voicemailSettings(voicemailId: string, canTranscribe: boolean): SandboxVoicemailSettings {
  return {
    timeout: 20,
    active: true,
    transcription: false,
    canTranscribe,
    greetings: [
      {
        id: `${voicemailId}-standard`,
        alias: 'Standard greeting',
        greetingUrl: `https://example.com/greetings/${voicemailId}-standard.mp3`,
        recordingEnabled: true,
        active: true,
      },
    ],
  };
}

/** Settings of a seeded or created device: shows `callerId`, everything else off. */
export function deviceSettings(callerId: string): SandboxDeviceSettings {
  return {
    callerId,
    localPrefix: { value: '0211', active: false },
    singleRowDisplay: false,
    tariffAnnouncement: false,
    contingents: [],
  };
}

function device(id: string, alias: string, type: string, online: boolean, line: string, lineAlias: string) {
  return {
    id,
    alias,
    type,
    online,
    dnd: false,
    activePhonelines: [{ id: line, alias: lineAlias }],
    activeGroups: [{ id: 'g0', alias: 'Support' }],
  };
}

function seedAccountSettings(): SandboxAccountSettings {
  const restrictions = {
    roaming: false,
    highCostForeignNumbers: true,
    foreignSpecial: false,
    charged: false,
  };
  return {
    account: {
      company: 'Analytical Engines Ltd',
      mainProductType: 'TEAM',
      logoUrl: '',
      verified: true,
      historyLifeTime: 'UNLIMITED',
    },
    balance: { amount: 123450, currency: 'EUR' },
    addresses: [
      {
        id: 0,
        poBox: '',
        extendedAddress: '',
        streetAddress: 'Gladbacher Str. 74',
        locality: 'Düsseldorf',
        region: 'NRW',
        postalCode: '40219',
        country: 'DE',
      },
    ],
    portings: [
      {
        id: '1',
        portDate: '2027-01-15',
        numbers: [{ id: '1101', number: '+4921100000201' }],
        status: 200,
        revocable: true,
        pending: true,
      },
      {
        id: '2',
        portDate: '2026-06-01',
        numbers: [{ id: '1102', number: '+4921100000202' }],
        status: 500,
        revocable: false,
        pending: false,
      },
    ],
    notifications: {
      w0: [{ id: '1', kind: 'voicemail/email', endpointId: 'v0', email: 'ada@example.com' }],
      w1: [],
    },
    nextNotificationId: 2,
    blacklist: [{ phoneNumber: '+4990012345678', isBlock: false }],
    callRestrictions: { w0: { ...restrictions }, w1: { ...restrictions } },
    autorecording: {},
    greeting: null,
    nextGreetingId: 1,
  };
}
