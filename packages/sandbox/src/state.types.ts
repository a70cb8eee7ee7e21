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
  /** Per-phoneline webhook settings by `<userId>/<phonelineId>`; a line without an entry does not exist. */
  phonelineWebhooks: Record<string, SandboxPhonelineWebhookSettings>;
  /** The webhook log, oldest first. */
  webhookLog: SandboxWebhookLogEntry[];
}
