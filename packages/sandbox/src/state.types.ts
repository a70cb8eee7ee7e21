import type { CallTranscript } from './simulator/simulator.types.js';

/** One request the sandbox received (the Authorization header is never stored). */
export interface RecordedRequest {
  method: string;
  /** Path below the base URL, e.g. `/sessions/sms`. */
  path: string;
  /** Query parameters; repeated keys become arrays. */
  query: Record<string, string | string[]>;
  /** Parsed JSON body, raw text for other bodies, undefined without a body. */
  body: unknown;
  /** Request headers in lower case, without `authorization` and `cookie`. */
  headers: Record<string, string>;
  /**
   * The Authorization header's scheme as sent (`Basic`, `Bearer`), never its credentials: `''` when the header
   * carried no credentials after a scheme, absent when no Authorization header was sent.
   */
  authScheme?: string;
  /** Response status (0 when the connection was dropped or never answered). */
  status: number;
  /** ISO time the request arrived. */
  receivedAt: string;
}

/** One request and the sandbox's answer to it, as {@link SandboxOptions.onExchange} sees it. */
export interface SandboxExchange extends RecordedRequest {
  /** The answer's JSON body parsed, its text for other bodies, undefined without a body. */
  responseBody: unknown;
  /** The answer's Content-Type, undefined without a body. */
  responseContentType?: string;
}

/** An SMS accepted by `POST /sessions/sms`. */
export interface SentSms {
  id: string;
  smsId: string;
  recipient: string;
  message: string;
  /** The default caller id at send time, or `sipgate` when none is set. */
  sender: string;
  /** ISO time it is (or was) delivered: `sendAt` for scheduled messages. */
  sendAt: string;
  scheduled: boolean;
  createdAt: string;
}

/** A fax accepted by `POST /sessions/fax`; its status lives in the matching history entry. */
export interface SentFax {
  id: string;
  faxlineId: string;
  recipient: string;
  filename: string;
  /** The PDF as sent, base64 encoded. */
  base64Content: string;
  pageCount: number;
  createdAt: string;
}

/** A call participant as `GET /calls` returns it. */
export interface CallParticipant {
  participantId: string;
  phoneNumber: string;
  muted: boolean;
  hold: boolean;
  owner: boolean;
}

/** A call started with `POST /sessions/calls` (or by the simulator), with what RTCM did to it. */
export interface SandboxCall {
  callId: string;
  caller: string;
  callee: string;
  callerId?: string;
  deviceId?: string;
  status: 'established' | 'ended';
  /** `session` for `POST /sessions/calls`, `simulator` for answered simulated calls. */
  origin: 'session' | 'simulator';
  muted: boolean;
  hold: boolean;
  recording: boolean;
  participants: CallParticipant[];
  announcements: string[];
  dtmf: string[];
  transfers: { attended: boolean; phoneNumber: string; callerId?: string }[];
  recordingAnnouncement?: boolean;
  createdAt: string;
  endedAt?: string;
}

/** Account webhook settings (`/settings/sipgateio`). */
export interface SandboxWebhookSettings {
  incomingUrl: string;
  outgoingUrl: string;
  log: boolean;
  whitelist: string[] | null;
}

/** A contact as `GET /contacts` returns it. */
export interface SandboxContact {
  id: string;
  name: string;
  family?: string;
  given?: string;
  picture: string | null;
  emails: { email: string; type: string[] }[];
  numbers: { number: string; type: string[] }[];
  addresses: Record<string, string>[];
  organization: string[][];
  scope: 'PRIVATE' | 'SHARED' | 'INTERNAL';
}

/** A history entry with the type-specific fields the live API returns. */
export interface SandboxHistoryEntry {
  id: string;
  source: string;
  target: string;
  sourceAlias: string;
  targetAlias: string;
  type: 'CALL' | 'VOICEMAIL' | 'SMS' | 'FAX';
  created: string;
  lastModified: string;
  direction: 'INCOMING' | 'OUTGOING' | 'MISSED_INCOMING' | 'MISSED_OUTGOING';
  incoming: boolean;
  status: 'NOPICKUP' | 'BUSY' | 'PICKUP' | 'FORWARD';
  connectionIds: string[];
  read: boolean;
  archived: boolean;
  note: string;
  endpoints: { type: string; endpoint: { extension: string; type: string } }[];
  starred: boolean;
  labels: string[];
  [field: string]: unknown;
}

/** An SMS caller id (`/{userId}/sms/{smsId}/callerids`). */
export interface SandboxCallerId {
  id: number;
  phonenumber: string;
  verified: boolean;
  defaultNumber: boolean;
}

/** A phoneline's sipgate.io webhook settings (`/{userId}/phonelines/{phonelineId}/sipgateio`). */
export interface SandboxPhonelineWebhookSettings {
  incomingActive: boolean;
  outgoingActive: boolean;
  incomingUrl: string;
  outgoingUrl: string;
  log: boolean;
  certificate?: string;
  allowSelfSigned: boolean;
}

/** A webhook sipgate sent, as the webhook logs list it; `phonelineId` names the line whose log lists it. */
export interface SandboxWebhookLogEntry {
  phonelineId: string;
  created: string;
  url: string;
  request: string;
  response: string;
  status: string;
  xmlError?: string;
}

/** Everything the sandbox holds. Arrays are live: read them, don't keep copies across `reset()`. */
export interface SandboxState {
  requests: RecordedRequest[];
  /** Bodies written by PUT to operations without a stateful route, by path; a GET of that path reads them back. */
  written: Record<string, Record<string, unknown>>;
  sms: SentSms[];
  faxes: SentFax[];
  calls: SandboxCall[];
  settings: SandboxWebhookSettings;
  contacts: SandboxContact[];
  history: SandboxHistoryEntry[];
  transcripts: CallTranscript[];
  userinfo: { sub: string; domain: string; masterSipId: string; locale: string };
  users: Record<string, unknown>[];
  numbers: Record<string, unknown>[];
  devices: Record<string, Record<string, unknown>[]>;
  faxlines: Record<string, Record<string, unknown>[]>;
  smsExtensions: Record<string, { id: string; alias: string; callerId: string }[]>;
  callerIds: Record<string, SandboxCallerId[]>;
  voicemails: Record<string, unknown>[];
  /** Phonelines by web user id, with their forwardings and settings. */
  phonelines: Record<string, SandboxPhoneline[]>;
  /** Settings and greetings of each voicemail box in `voicemails`, by voicemail id. */
  voicemailSettings: Record<string, SandboxVoicemailSettings>;
  groups: SandboxGroup[];
  /** Account details, addresses, portings, notifications, blacklist, call restrictions and autorecording. */
  accountSettings: SandboxAccountSettings;
  /** Settings of each device (`/devices/{deviceId}/…`), by device id. */
  deviceSettings: Record<string, SandboxDeviceSettings>;
  /** The caller id of each fax line, by fax line id. */
  faxlineCallerIds: Record<string, string>;
  /** The code that verifies each unverified SMS caller id, by `<smsId>/<callerId>`. */
  callerIdVerifications: Record<string, string>;
  /** Per-phoneline webhook settings written by PUT, by `<userId>/<phonelineId>`; other lines have the defaults. */
  phonelineWebhooks: Record<string, SandboxPhonelineWebhookSettings>;
  /** The webhook log, oldest first. */
  webhookLog: SandboxWebhookLogEntry[];
  /** Where recordings and fax documents are served (`<origin>/files`); history entries link below it. */
  filesUrl: string;
}

/** A forwarding of a phoneline (`/{userId}/phonelines/{phonelineId}/forwardings`). */
export interface SandboxForwarding {
  alias: string;
  destination: string;
  timeout: number;
  active: boolean;
}

/** A parallel forwarding of a phoneline: an external number that rings with it. */
export interface SandboxParallelForwarding {
  id: string;
  alias: string;
  destination: string;
  active: boolean;
}

/** A phoneline; its devices are the web user's devices whose `activePhonelines` name it. */
export interface SandboxPhoneline {
  id: string;
  alias: string;
  forwardings: SandboxForwarding[];
  parallelForwardings: SandboxParallelForwarding[];
  blockAnonymous: { enabled: boolean; target: 'REJECT' | 'VOICEMAIL' };
}

/** A postal address of the account (`/addresses`). */
export interface SandboxAddress {
  id: number;
  poBox: string;
  extendedAddress: string;
  streetAddress: string;
  locality: string;
  region: string;
  postalCode: string;
  country: string;
}

/** A number porting (`/portings`). */
export interface SandboxPorting {
  id: string;
  portDate: string;
  numbers: { id: string; number: string }[];
  status: number;
  revocable: boolean;
  pending: boolean;
}

/** One e-mail or SMS notification of a user (`/{userId}/notifications/...`), stored flat. */
export interface SandboxNotification {
  id: string;
  /** What it is about and how it notifies, as the path of the POST that created it says (`voicemail/email`). */
  kind: 'voicemail/email' | 'voicemail/sms' | 'fax/email' | 'fax/sms' | 'fax/report' | 'sms/email';
  /** The voicemail box, fax line or SMS endpoint. */
  endpointId: string;
  email?: string;
  number?: string;
  direction?: string;
}

/** A greeting (of a voicemail box, or before automatically recorded calls); uploaded audio is kept as sent. */
export interface SandboxGreeting {
  id: string;
  alias: string;
  greetingUrl: string;
  recordingEnabled: boolean;
  active: boolean;
  base64Content?: string;
}

/** The settings of a voicemail box and its greetings. */
export interface SandboxVoicemailSettings {
  timeout: number;
  active: boolean;
  transcription: boolean;
  canTranscribe: boolean;
  greetings: SandboxGreeting[];
}

/** A fax line of a group (`/groups/{groupId}/faxlines`, `/groupfaxlines`). */
export interface SandboxGroupFaxline {
  id: string;
  alias: string;
  tagline: string;
  canSend: boolean;
  canReceive: boolean;
  /** The number it sends with (`/groupfaxlines/{faxlineId}/callerid`). */
  callerId: string;
}

/** A voicemail box of a group (`/groups/{groupId}/voicemail`). */
export interface SandboxGroupVoicemail {
  id: string;
  alias: string;
  timeout: number;
  active: boolean;
  transcription: boolean;
  canTranscribe: boolean;
  activeGreetingAlias: string;
  activeGreetingId: string;
  accessNumber: string;
}

/**
 * A group (`/groups`). Its devices are the devices whose `activeGroups` name it, its numbers those of
 * `numbers` routed to it (`endpointId`).
 */
export interface SandboxGroup {
  id: string;
  alias: string;
  departmentId: number;
  /** Web user ids of the members. */
  users: string[];
  faxlines: SandboxGroupFaxline[];
  voicemails: SandboxGroupVoicemail[];
}

/** Account-wide state outside the telephony lines: what `@sipgateio/account` manages. */
export interface SandboxAccountSettings {
  account: {
    company: string;
    mainProductType: string;
    logoUrl: string;
    verified: boolean;
    historyLifeTime: string;
  };
  balance: { amount: number; currency: string };
  addresses: SandboxAddress[];
  portings: SandboxPorting[];
  /** By user id. */
  notifications: Record<string, SandboxNotification[]>;
  nextNotificationId: number;
  blacklist: { phoneNumber: string; isBlock: boolean }[];
  /** By user id: true where calls of that kind are barred. */
  callRestrictions: Record<
    string,
    Record<'roaming' | 'highCostForeignNumbers' | 'foreignSpecial' | 'charged', boolean>
  >;
  /** By device extension: whether its calls are recorded automatically (false when absent). */
  autorecording: Record<string, boolean>;
  /** The uploaded greeting; the built-in one is answered while there is none. */
  greeting: SandboxGreeting | null;
  nextGreetingId: number;
}

/** A contingent of a device (`GET /{userId}/devices/{deviceId}/contingents`). */
export interface SandboxContingent {
  type: string;
  amount: number;
  used: number;
  left: number;
  unit: string;
  expires: string;
}

/** What `/devices/{deviceId}/…` reads and changes for one device. */
export interface SandboxDeviceSettings {
  callerId: string;
  localPrefix: { value: string; active: boolean };
  singleRowDisplay: boolean;
  tariffAnnouncement: boolean;
  contingents: SandboxContingent[];
}
