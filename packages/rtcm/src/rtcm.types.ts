/** One participant of an established call (`GET /calls` → `data[].participants[]`). */
export interface Participant {
  participantId: string;
  /** E.164 number of the participant; empty when the number is withheld (anonymous). */
  phoneNumber: string;
  muted: boolean;
  hold: boolean;
  /** True for the participant that belongs to your account. */
  owner: boolean;
}

/** An established call as `GET /calls` lists it. */
export interface RTCMCall {
  callId: string;
  muted: boolean;
  recording: boolean;
  hold: boolean;
  participants: Participant[];
}

/**
 * What every RTCM action needs: an {@link RTCMCall}, or any object with the call's id, such as a webhook event
 * (`{ callId }`) or `{ callId: sessionId }` from `@sipgateio/call`'s `initiate`.
 */
export interface CallLike {
  callId: string;
}

/** Options of {@link RTCMModule.record}. */
export interface RecordOptions {
  /** Play the "this call is being recorded" announcement to all participants. */
  announcement: boolean;
  /** `true` starts the recording, `false` stops it. */
  value: boolean;
}

/** Options of {@link RTCMModule.transfer}. */
export interface TransferOptions {
  /** `true`: talk to the target first; `false`: hand the call over blindly. */
  attended: boolean;
  /** Transfer target: a phone number (sent in E.164 form) or an extension such as `p0` or `e3`. */
  phoneNumber: string;
  /** Number shown to the transfer target (sent in E.164 form). */
  callerId?: string;
}

/** The RTCM functions returned by `createRTCMModule`. Every action resolves once the API accepted it. */
export interface RTCMModule {
  /** Lists the account's established calls (ringing calls are not included). */
  getEstablishedCalls(): Promise<RTCMCall[]>;
  /** Mutes (`true`) or unmutes (`false`) your side of the call. */
  mute(call: CallLike, status: boolean): Promise<void>;
  /** Starts or stops recording the call; recordings appear in the history. */
  record(call: CallLike, recordOptions: RecordOptions): Promise<void>;
  /** Plays the audio file at `announcement` (WAV, mono, 16-bit PCM, 8 kHz) to all participants. */
  announce(call: CallLike, announcement: string): Promise<void>;
  /** Transfers the call to another number or extension. */
  transfer(call: CallLike, transferOptions: TransferOptions): Promise<void>;
  /** Sends DTMF tones (`0`–`9`, `A`–`D`, `#`, `*`; lower-case letters are upper-cased). */
  sendDTMF(call: CallLike, sequence: string): Promise<void>;
  /** Holds (`true`) or resumes (`false`) the call. */
  hold(call: CallLike, status: boolean): Promise<void>;
  /** Ends the call. */
  hangUp(call: CallLike): Promise<void>;
}
