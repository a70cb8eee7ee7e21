import type { PhonelineReference } from '@sipgateio/core';

/**
 * The web user a call acts for. Without `userId` the module uses the web user behind the client's credentials
 * (looked up once with `GET /authorization/userinfo`).
 */
export interface PhonelineUserOptions {
  /** A web user id such as `w0`. */
  userId?: string;
}

/** A phoneline by id (`p0`), optionally of another web user than the authenticated one. */
export type { PhonelineReference };

/** A phoneline as `GET /{userId}/phonelines` lists it. */
export interface Phoneline {
  /** e.g. `p0` */
  id: string;
  alias: string;
}

/** The voicemail box of a phoneline as `GET /{userId}/phonelines/{phonelineId}` shows it. */
export interface PhonelineVoicemailSummary {
  /** e.g. `v0` */
  id: string;
  /** Seconds of ringing before the voicemail answers. */
  timeout: number;
  active: boolean;
}

/** One phoneline as `GET /{userId}/phonelines/{phonelineId}` returns it. */
export interface PhonelineDetails extends Phoneline {
  voicemails: PhonelineVoicemailSummary[];
}

/** What `createPhoneline` takes. */
export interface CreatePhonelineOptions extends PhonelineUserOptions {
  /** Name of the new line; without it sipgate picks one. */
  alias?: string;
}

/** A phone number routed to a phoneline. */
export interface PhonelineNumber {
  /** E.164, e.g. `+4921112345678`. */
  number: string;
  /** e.g. `['MOBILE']` */
  type: string[];
}

/** A device that rings for a phoneline. */
export interface PhonelineDevice {
  /** e.g. `e0`, `x0`, `y0` */
  id: string;
  alias: string;
  type: 'REGISTER' | 'MOBILE' | 'EXTERNAL';
  online: boolean;
  dnd: boolean;
  /** The phonelines the device rings for. */
  activePhonelines: { id: string; alias: string }[];
  /** The groups the device rings for. */
  activeGroups: { id: string; alias: string }[];
}

/** A forwarding of a phoneline: where calls go and after how many seconds. */
export interface Forwarding {
  /** International phone number (`+4915799912345`, sent in E.164), or a phoneline or group (`p1`, `g0`). */
  destination: string;
  /** Seconds of ringing before the call is forwarded, 0 (at once) to 600. */
  timeout: number;
  active: boolean;
}

/** A forwarding as `GET …/forwardings` returns it. */
export interface ForwardingSetting extends Forwarding {
  alias: string;
}

/** What `createParallelForwarding` takes: a number that rings at the same time as the line. */
export interface NewParallelForwarding {
  /** International phone number (sent in E.164). */
  destination: string;
  alias: string;
  active: boolean;
}

/** A parallel forwarding as `GET …/parallelforwardings` lists it. */
export interface ParallelForwarding extends NewParallelForwarding {
  /** e.g. `x0` */
  id: string;
}

/** How a phoneline treats calls without a caller id. */
export interface BlockAnonymousSetting {
  enabled: boolean;
  /** Where blocked calls go: rejected, or to the voicemail. */
  target: 'REJECT' | 'VOICEMAIL';
}

/** The voicemail box of a phoneline as `GET …/voicemails` lists it. */
export interface PhonelineVoicemail {
  /** e.g. `v0` */
  id: string;
  alias: string;
  /** Seconds of ringing before the voicemail answers. */
  timeout: number;
  active: boolean;
  transcription: boolean;
  canTranscribe: boolean;
  activeGreetingId?: string;
  activeGreetingAlias?: string;
  accessNumber?: string;
  greetingsUrl?: string;
  transcriptionsUrl?: string;
}

/** What `setVoicemailSettings` takes. */
export interface PhonelineVoicemailSettings {
  /** The voicemail box, e.g. `v0`. */
  voicemailId: string;
  active: boolean;
  /** Transcribe recorded messages (only where `canTranscribe`). */
  transcription: boolean;
  /** Seconds of ringing before the voicemail answers (0 or more). */
  timeout?: number;
}

/** An announcement a voicemail box can play. */
export interface PhonelineGreeting {
  id: string;
  alias: string;
  greetingUrl: string;
  recordingEnabled: boolean;
  active: boolean;
}

/** A greeting of a voicemail box by id. */
export interface PhonelineGreetingRef {
  voicemailId: string;
  greetingId: string;
}

/** What `uploadGreeting` takes. */
export interface NewPhonelineGreeting {
  voicemailId: string;
  /** File name shown as the greeting's alias, e.g. `after-hours.mp3`. */
  filename: string;
  /** The audio file (a Buffer is a Uint8Array), at most 11.25 MB. */
  fileContent: Uint8Array;
}

/** What `createPhonelinesModule` returns. Every method rejects with `@sipgateio/core`'s error classes. */
export interface PhonelinesModule {
  /**
   * Lists the phonelines of a web user (`GET /{userId}/phonelines`).
   * @throws {SipgateIOValidationError} for a malformed `userId`, before any request.
   * @throws {SipgateIOHttpError} with core's class for the status (401, 403, 404 `Web user … was not found`).
   */
  listPhonelines(options?: PhonelineUserOptions): Promise<Phoneline[]>;
  /**
   * Reads one phoneline with its voicemail boxes (`GET /{userId}/phonelines/{phonelineId}`).
   * @throws {SipgateIOValidationError} for a malformed phoneline or user id, before any request.
   * @throws {SipgateIONotFoundError} `Phoneline … was not found` on 404.
   */
  getPhoneline(line: PhonelineReference): Promise<PhonelineDetails>;
  /**
   * Creates a phoneline (`POST /{userId}/phonelines`) and, with `alias`, names it; if naming fails the new line
   * is deleted again, so nothing is left half done.
   * @throws {SipgateIOValidationError} for a malformed `userId` or an empty `alias`, before any request.
   * @throws {SipgateIOOutcomeUnknownError} when the connection failed after sending: check `listPhonelines`.
   */
  createPhoneline(options?: CreatePhonelineOptions): Promise<Phoneline>;
  /**
   * Renames a phoneline (`PUT /{userId}/phonelines/{phonelineId}`).
   * @throws {SipgateIOValidationError} for a malformed id or an empty `alias`, before any request.
   * @throws {SipgateIONotFoundError} `Phoneline … was not found` on 404.
   */
  renamePhoneline(line: PhonelineReference, alias: string): Promise<void>;
  /**
   * Deletes a phoneline (`DELETE /{userId}/phonelines/{phonelineId}`).
   * @throws {SipgateIOValidationError} for a malformed id, before any request.
   * @throws {SipgateIONotFoundError} `Phoneline … was not found` on 404.
   */
  deletePhoneline(line: PhonelineReference): Promise<void>;
  /**
   * Lists the phone numbers routed to a phoneline (`GET …/numbers`).
   * @throws {SipgateIOValidationError} for a malformed id, before any request.
   * @throws {SipgateIONotFoundError} `Phoneline … was not found` on 404.
   */
  listNumbers(line: PhonelineReference): Promise<PhonelineNumber[]>;
  /**
   * Lists the devices that ring for a phoneline (`GET …/devices`).
   * @throws {SipgateIOValidationError} for a malformed id, before any request.
   * @throws {SipgateIONotFoundError} `Phoneline … was not found` on 404.
   */
  listDevices(line: PhonelineReference): Promise<PhonelineDevice[]>;
  /**
   * Lets a device ring for a phoneline (`POST …/devices`).
   * @throws {SipgateIOValidationError} for a malformed phoneline or device id (`deviceId`), before any request.
   * @throws {SipgateIONotFoundError} `Phoneline … or device … was not found` on 404.
   */
  assignDevice(line: PhonelineReference, deviceId: string): Promise<void>;
  /**
   * Stops a device ringing for a phoneline (`DELETE …/devices/{deviceId}`).
   * @throws {SipgateIOValidationError} for a malformed phoneline or device id, before any request.
   * @throws {SipgateIONotFoundError} `Phoneline … or device … was not found` on 404.
   */
  removeDevice(line: PhonelineReference, deviceId: string): Promise<void>;
  /**
   * Reads the forwardings of a phoneline (`GET …/forwardings`).
   * @throws {SipgateIOValidationError} for a malformed id, before any request.
   * @throws {SipgateIOPermissionError} `Forwardings are not booked …` on 403.
   */
  getForwardings(line: PhonelineReference): Promise<ForwardingSetting[]>;
  /**
   * Replaces the forwardings of a phoneline (`PUT …/forwardings`); an empty list removes them all.
   * @throws {SipgateIOValidationError} for more than 3 forwardings, a destination that is not an international
   * number or line/group or a timeout outside 0–600 (naming `forwardings[i].timeout`…), before any request.
   * @throws {SipgateIOHttpError} 400 when sipgate refuses the settings; {SipgateIOPermissionError} on 403.
   */
  setForwardings(line: PhonelineReference, forwardings: readonly Forwarding[]): Promise<void>;
  /**
   * Lists the parallel forwardings of a phoneline (`GET …/parallelforwardings`).
   * @throws {SipgateIOValidationError} for a malformed id, before any request.
   * @throws {SipgateIOPermissionError} `Parallel forwardings are not booked …` on 403.
   */
  listParallelForwardings(line: PhonelineReference): Promise<ParallelForwarding[]>;
  /**
   * Adds a number that rings at the same time as the line (`POST …/parallelforwardings`).
   * @throws {SipgateIOValidationError} for a destination that is not an international number, an empty alias or
   * a non-boolean `active`, before any request.
   * @throws {SipgateIOOutcomeUnknownError} when the connection failed after sending.
   */
  createParallelForwarding(line: PhonelineReference, forwarding: NewParallelForwarding): Promise<void>;
  /**
   * Replaces a parallel forwarding, found by its `id` (`PUT …/parallelforwardings/{id}`).
   * @throws {SipgateIOValidationError} as `createParallelForwarding`, and for a missing `id`.
   * @throws {SipgateIONotFoundError} `Parallel forwarding … was not found` on 404.
   */
  updateParallelForwarding(line: PhonelineReference, forwarding: ParallelForwarding): Promise<void>;
  /**
   * Deletes a parallel forwarding (`DELETE …/parallelforwardings/{id}`).
   * @throws {SipgateIOValidationError} for a missing id, before any request.
   * @throws {SipgateIONotFoundError} `Parallel forwarding … was not found` on 404.
   */
  deleteParallelForwarding(line: PhonelineReference, parallelForwardingId: string): Promise<void>;
  /**
   * Reads whether the phoneline blocks calls without caller id (`GET …/blockanonymous`).
   * @throws {SipgateIOValidationError} for a malformed id, before any request.
   * @throws {SipgateIONotFoundError} `Phoneline … was not found` on 404.
   */
  getBlockAnonymous(line: PhonelineReference): Promise<BlockAnonymousSetting>;
  /**
   * Sets whether the phoneline blocks calls without caller id and where they go (`PUT …/blockanonymous`).
   * @throws {SipgateIOValidationError} for a non-boolean `enabled` or a `target` other than REJECT/VOICEMAIL.
   * @throws {SipgateIONotFoundError} `Phoneline … was not found` on 404.
   */
  setBlockAnonymous(line: PhonelineReference, setting: BlockAnonymousSetting): Promise<BlockAnonymousSetting>;
  /**
   * Reads whether a second call gets a busy signal while the web user is on the phone. sipgate keeps this per
   * web user, for all of its lines (`GET /users/{userId}` → `busyOnBusy`).
   * @throws {SipgateIOValidationError} for a malformed `userId`, before any request.
   * @throws {SipgateIONotFoundError} `Web user … was not found` on 404.
   */
  getBusyOnBusy(options?: PhonelineUserOptions): Promise<boolean>;
  /**
   * Sets busy-on-busy for the web user's lines (`PUT /users/{userId}/busyonbusy`).
   * @throws {SipgateIOValidationError} for a non-boolean `enabled` or a malformed `userId`, before any request.
   * @throws {SipgateIONotFoundError} `Web user … was not found` on 404.
   */
  setBusyOnBusy(enabled: boolean, options?: PhonelineUserOptions): Promise<void>;
  /**
   * Lists the voicemail boxes of a phoneline with their settings (`GET …/voicemails`).
   * @throws {SipgateIOValidationError} for a malformed id, before any request.
   * @throws {SipgateIOPermissionError} `Voicemail is not booked …` on 403.
   */
  listVoicemails(line: PhonelineReference): Promise<PhonelineVoicemail[]>;
  /**
   * Changes a voicemail box of the line: on or off, transcription, ringing time (`PUT …/voicemails/{id}`).
   * @throws {SipgateIOValidationError} for a missing `voicemailId`, non-boolean flags or a negative timeout.
   * @throws {SipgateIOPermissionError} `Transcription is not available …` on 403.
   */
  setVoicemailSettings(line: PhonelineReference, settings: PhonelineVoicemailSettings): Promise<void>;
  /**
   * Lists the greetings of a voicemail box (`GET …/voicemails/{voicemailId}/greetings`).
   * @throws {SipgateIOValidationError} for a malformed id, before any request.
   * @throws {SipgateIONotFoundError} `Voicemail … was not found` on 404.
   */
  listGreetings(line: PhonelineReference, voicemailId: string): Promise<PhonelineGreeting[]>;
  /**
   * Uploads an audio file as a new greeting (`POST …/greetings`) and resolves the box's greetings after it.
   * @throws {SipgateIOValidationError} for an empty file name, empty or oversized content, before any request.
   * @throws {SipgateIOOutcomeUnknownError} when the connection failed after sending: check `listGreetings`.
   */
  uploadGreeting(line: PhonelineReference, greeting: NewPhonelineGreeting): Promise<PhonelineGreeting[]>;
  /**
   * Makes a greeting the one the voicemail box plays (`PUT …/greetings/{greetingId}` with `active: true`).
   * @throws {SipgateIOValidationError} for a missing id, before any request.
   * @throws {SipgateIONotFoundError} `Greeting … was not found` on 404.
   */
  activateGreeting(line: PhonelineReference, greeting: PhonelineGreetingRef): Promise<void>;
  /**
   * Deletes a greeting (`DELETE …/greetings/{greetingId}`).
   * @throws {SipgateIOValidationError} for a missing id, before any request.
   * @throws {SipgateIONotFoundError} `Greeting … was not found` on 404.
   */
  deleteGreeting(line: PhonelineReference, greeting: PhonelineGreetingRef): Promise<void>;
}
