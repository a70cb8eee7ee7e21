/**
 * What {@link CallModule.initiate} needs. Valid combinations: `from` an extension (any of the others
 * optional), or `from` a phone number together with `deviceId`.
 */
export interface CallData {
  /** The callee: a phone number (sent in E.164 form). */
  to: string;
  /**
   * The device that rings first: an extension of type `e` (VoIP phone), `p` (user phoneline), `x` (external
   * phone) or `y` (mobile), or a phone number (then `deviceId` is required).
   */
  from: string;
  /** The number shown to the callee; takes precedence over the numbers of `deviceId` and `from`. */
  callerId?: string;
  /** The extension (`e`, `p`, `x`, `y`) billed for the call; required when `from` is a phone number. */
  deviceId?: string;
}

/** What `POST /sessions/calls` answers. */
export interface InitiateNewCallSessionResponse {
  /**
   * The id of the new call session. It is also the call's RTCM `callId`: pass `{ callId: sessionId }` to
   * `@sipgateio/rtcm` to hang up, hold, record or transfer the call.
   */
  sessionId: string;
}

/** The call functions returned by `createCallModule`. */
export interface CallModule {
  /**
   * Starts a call: the `from` device rings first; once it is picked up, `to` is dialled. Resolves with the
   * `sessionId`, which is the RTCM `callId` of the new call.
   */
  initiate(callData: CallData): Promise<InitiateNewCallSessionResponse>;
}
