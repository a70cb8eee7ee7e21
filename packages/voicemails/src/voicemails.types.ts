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

/** What `createVoicemailsModule` returns. */
export interface VoicemailsModule {
  /**
   * Lists the voicemail boxes of the account (`GET /voicemails`).
   * @throws {SipgateIOHttpError} with core's class for the status (401, 403, …).
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  getVoicemails(): Promise<Voicemail[]>;
}
