/** Options of `simulateIncomingCall` / `simulateOutgoingCall`. */
export interface SimulateCallOptions {
  /** Calling number (`+4915…`, digits, or `anonymous`). */
  from: string;
  /** Called number. */
  to: string;
  /** Where `newCall` goes; defaults to the account's incomingUrl (or outgoingUrl for outgoing calls). */
  webhookUrl?: string;
  /** Digits the caller types, one string per `Gather` in order (a single string serves the first Gather). */
  dtmf?: string | string[];
  /** Whether the callee (or Dial target) picks up (default true). */
  answer?: boolean;
  /** Cause of the final `hangup` event when nothing else decides it (default `normalClearing`, or `cancel` when not answered). */
  hangupCause?: string;
  /** Users the call reaches, sent as `user[]` (default `['Ada Lovelace']`). */
  users?: string[];
  /**
   * Milliseconds an answered call stays up (default 0). Meanwhile it is an established call in `GET /calls`,
   * so a webhook handler can mute, record or hang it up over RTCM with the event's callId; hanging up ends it.
   */
  talkMs?: number;
  /** Originally dialled number when the call was diverted before reaching sipgate.io. */
  diversion?: string;
}

/** One push the simulator sent and what came back. */
export interface TranscriptEvent {
  event: 'newCall' | 'answer' | 'hangup' | 'dtmf';
  url: string;
  /** The form fields sent (repeated keys as arrays). */
  parameters: Record<string, string | string[]>;
  /** The exact form-urlencoded body that was signed. */
  rawBody: string;
  /** HTTP status of the webhook's answer (0 when it failed or timed out). */
  status: number;
  /** The answer's body as text. */
  response: string;
  /** Why the push failed, if it did. */
  error?: string;
}

/** How the simulated call ended. */
export interface CallFinalState {
  status: 'completed' | 'rejected' | 'busy' | 'hungUp' | 'voicemail' | 'notAnswered';
  /** Cause in the `hangup` event. */
  cause: string;
  /** Number that picked up, if any (E.164 with +). */
  answeringNumber?: string;
  /** Numbers a `Dial` redirected to. */
  dialed?: string[];
  /** URLs of audio played (`Play`, or `Gather`'s nested `Play`). */
  played: string[];
  /** Digits sent to `onData` URLs, in order. */
  gathered: string[];
}

/** The whole simulated call: pushes sent, XML received, outcome. */
export interface CallTranscript {
  callId: string;
  direction: 'in' | 'out';
  events: TranscriptEvent[];
  /** The XML answers to newCall and dtmf pushes, in order. */
  xml: string[];
  finalState: CallFinalState;
}
