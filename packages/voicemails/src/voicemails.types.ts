/** A voicemail box, as `GET /voicemails` lists it. */
export interface Voicemail {
  /** Extension of the voicemail box, e.g. `v0`. */
  id: string;
  alias: string;
  /** The phoneline or group the box answers for. */
  belongsToEndpoint: {
    /** e.g. `p0` */
    extension: string;
    /** e.g. `PHONELINE` */
    type: string;
  };
}

/** One voicemail box with its settings, as `GET /voicemails/{voicemailId}` answers. */
export interface VoicemailDetails extends Voicemail {
  /** Whether sipgate transcribes the messages left on this box. */
  transcription: boolean;
  /** Whether transcription can be turned on for this box (it is a booked feature). */
  canTranscribe: boolean;
  /** The greeting callers hear, when one is active. */
  activeGreetingId?: string;
  activeGreetingAlias?: string;
  /** The number to dial to listen to the box, e.g. `50000`. */
  accessNumber?: string;
}

/** A greeting of a voicemail box. */
export interface VoicemailGreeting {
  id: string;
  alias: string;
  /** Where the greeting's audio can be fetched. */
  greetingUrl: string;
  recordingEnabled: boolean;
  /** Whether callers hear this greeting. */
  active: boolean;
}

/** Options of the functions that reach a voicemail box through the phoneline it answers for. */
export interface VoicemailLineOptions {
  /** The web user the phoneline belongs to; default: the web user behind the client's credentials. */
  userId?: string;
}

/** What `createVoicemailsModule` returns. */
export interface VoicemailsModule {
  /**
   * Lists the voicemail boxes of the account (`GET /voicemails`).
   * @throws {SipgateIOHttpError} with core's class for the status (401, 403, …).
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  getVoicemails(): Promise<Voicemail[]>;
  /**
   * Reads one voicemail box with its transcription and greeting settings (`GET /voicemails/{voicemailId}`).
   * @throws {SipgateIOValidationError} `Invalid extension: <value>` naming `voicemailId` unless it is `v…`.
   * @throws {SipgateIONotFoundError} `Voicemail <id> was not found` for a 404.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  getVoicemail(voicemailId: string): Promise<VoicemailDetails>;
  /**
   * Lists the greetings of a phoneline's voicemail box: reads which line the box answers for, then
   * `GET /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings`.
   * @throws {SipgateIOValidationError} `Invalid extension: <value>` naming `voicemailId` or `options.userId`
   *   before any request; naming `voicemailId` when the box answers for a group, not a phoneline.
   * @throws {SipgateIONotFoundError} `Voicemail <id> was not found` for a 404.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  getGreetings(voicemailId: string, options?: VoicemailLineOptions): Promise<VoicemailGreeting[]>;
  /**
   * Turns the transcription of recorded messages on or off for a phoneline's voicemail box: reads which line
   * the box answers for, then `PUT /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/transcriptions`
   * (scope `phonelines:voicemails:write`). The texts themselves arrive on the voicemail entries of the history
   * (`transcription`). Only boxes whose `canTranscribe` is true can be turned on.
   * @throws {SipgateIOValidationError} naming `voicemailId`, `active` or `options.userId` before any request;
   *   naming `voicemailId` when the box answers for a group, not a phoneline.
   * @throws {SipgateIOPermissionError} `Transcription is not available for this voicemail …` for a 403.
   * @throws {SipgateIONotFoundError} `Voicemail <id> was not found` for a 404.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  setTranscription(voicemailId: string, active: boolean, options?: VoicemailLineOptions): Promise<void>;
}
