/** The `event` values sipgate.io sends. */
export const EventType = {
  NEW_CALL: 'newCall',
  ANSWER: 'answer',
  HANGUP: 'hangup',
  DATA: 'dtmf',
} as const;
/** One of the {@link EventType} values. */
export type EventType = (typeof EventType)[keyof typeof EventType];

/** Direction of a call as seen from the sipgate account. */
export const WebhookDirection = {
  IN: 'in',
  OUT: 'out',
} as const;
/** One of the {@link WebhookDirection} values. */
export type WebhookDirection = (typeof WebhookDirection)[keyof typeof WebhookDirection];

/** Why a call ended (`cause` of a hangup event). sipgate may add causes: treat others as plain strings. */
export const HangUpCause = {
  NORMAL_CLEARING: 'normalClearing',
  BUSY: 'busy',
  CANCEL: 'cancel',
  NO_ANSWER: 'noAnswer',
  CONGESTION: 'congestion',
  NOT_FOUND: 'notFound',
  FORWARDED: 'forwarded',
} as const;
/** One of the {@link HangUpCause} values. */
export type HangUpCause = (typeof HangUpCause)[keyof typeof HangUpCause];

/** Reason given when rejecting a call with {@link WebhookResponse.rejectCall}. */
export const RejectReason = {
  BUSY: 'busy',
  REJECTED: 'rejected',
} as const;
/** One of the {@link RejectReason} values. */
export type RejectReason = (typeof RejectReason)[keyof typeof RejectReason];

/** Fields every event has. Parameters sipgate sends that are not listed here are kept as strings. */
export interface GenericEvent {
  event: EventType;
  callId: string;
  /** `origCallId` on the wire: stays the same across transfers and forwards (empty when not sent). */
  originalCallId: string;
  /** Parameters this SDK does not know (yet), kept as sent. */
  [parameter: string]: unknown;
}

interface GenericCallEvent extends GenericEvent {
  direction: WebhookDirection;
  /** Calling number with a leading `+`, or `anonymous`. */
  from: string;
  /** Called number with a leading `+`. */
  to: string;
  xcid: string;
}

/** A new call is ringing (`event=newCall`). */
export interface NewCallEvent extends GenericCallEvent {
  event: typeof EventType.NEW_CALL;
  /** From `user[]`: the users the call reaches (incoming) or the caller (outgoing); may be empty. */
  users: string[];
  /** From `userId[]`, e.g. `w0`. */
  userIds: string[];
  /** From `fullUserId[]`, e.g. `1234567w0`. */
  fullUserIds: string[];
  /** Originally dialled number when the call was diverted before it reached sipgate.io. */
  diversion?: string;
}

/** The call was answered (`event=answer`; only sent when the response subscribed to it). */
export interface AnswerEvent extends GenericCallEvent {
  event: typeof EventType.ANSWER;
  answeringNumber: string;
  user?: string;
  userId?: string;
  fullUserId?: string;
  diversion?: string;
}

/** The call ended (`event=hangup`; only sent when the response subscribed to it). */
export interface HangUpEvent extends GenericCallEvent {
  event: typeof EventType.HANGUP;
  cause: HangUpCause;
  answeringNumber: string;
  diversion?: string;
}

/** Digits gathered by a `Gather` (`event=dtmf`). */
export interface DataEvent extends GenericEvent {
  event: typeof EventType.DATA;
  /** The digits as sent (may start with 0; empty when none were entered). */
  dtmf: string;
}

/** Any event this SDK parses. */
export type CallEvent = NewCallEvent | AnswerEvent | HangUpEvent | DataEvent;

/** The event type for an `event` value. */
export interface EventMap {
  newCall: NewCallEvent;
  answer: AnswerEvent;
  hangup: HangUpEvent;
  dtmf: DataEvent;
}

/** `<Dial>` with numbers (from {@link WebhookResponse.redirectCall}). */
export type RedirectObject = {
  Dial: { _attributes: { callerId?: string; anonymous?: string }; Number: string[] };
};
/** `<Gather>` (from {@link WebhookResponse.gatherDTMF}). */
export type GatherObject = {
  Gather: {
    _attributes: { onData?: string; maxDigits?: string; timeout?: string };
    Play?: { Url: string };
  };
};
/** `<Play>` (from {@link WebhookResponse.playAudio}). */
export type PlayObject = { Play: { Url: string } };
/** `<Reject>` (from {@link WebhookResponse.rejectCall}). */
export type RejectObject = { Reject: { _attributes: { reason?: string } } };
/** `<Hangup/>` (from {@link WebhookResponse.hangUpCall}). */
export type HangUpObject = { Hangup: {} };
/** `<Dial><Voicemail/></Dial>` (from {@link WebhookResponse.sendToVoicemail}). */
export type VoicemailObject = { Dial: { Voicemail: {} } };
/** One action to answer an event with. */
export type ResponseObject =
  | RedirectObject
  | VoicemailObject
  | PlayObject
  | GatherObject
  | HangUpObject
  | RejectObject;

/** What a handler for an event may return. Answers to `answer` and `hangup` are discarded by sipgate. */
// biome-ignore lint/suspicious/noConfusingVoidType: handlers written as `(event) => { … }` return void.
export type HandlerResult = ResponseObject | undefined | null | void;

/** A function handling one event type. */
export type HandlerCallback<T extends GenericEvent, U> = (event: T) => U;
/** Handles `newCall`; may answer with an action. */
export type NewCallCallback = HandlerCallback<NewCallEvent, HandlerResult | Promise<HandlerResult>>;
/** Handles `answer`. */
export type AnswerCallback = HandlerCallback<AnswerEvent, void | Promise<void>>;
/** Handles `hangup`. */
export type HangUpCallback = HandlerCallback<HangUpEvent, void | Promise<void>>;
/** Handles `dtmf`; may answer with the next action (e.g. another Gather). */
export type DataCallback = HandlerCallback<DataEvent, HandlerResult | Promise<HandlerResult>>;
/** A handler for the event named `E`. */
export type EventHandler<E extends EventType> = (
  event: EventMap[E],
) => HandlerResult | Promise<HandlerResult> | void | Promise<void>;

/** Options of {@link WebhookResponse.redirectCall}. */
export type RedirectOptions = { numbers: string[]; anonymous?: boolean; callerId?: string };
/** Options of {@link WebhookResponse.gatherDTMF}. `timeout` is in milliseconds. */
export type GatherOptions = { announcement?: string; maxDigits: number; timeout: number };
/** Options of {@link WebhookResponse.playAudio}: the URL of a WAV file (16 bit PCM, mono, 8 kHz). */
export type PlayOptions = { announcement: string };
/** Options of {@link WebhookResponse.rejectCall}. */
export type RejectOptions = { reason: RejectReason };
