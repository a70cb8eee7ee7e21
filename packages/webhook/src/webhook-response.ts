import { type SipgateIOClient, SipgateIOValidationError } from '@sipgateio/core';
import { createRTCMModule, type TransferOptions } from '@sipgateio/rtcm';
import { type AudioCheckOptions, validateAnnouncementAudio } from './audio.js';
import { WebhookErrorMessage } from './errors.js';
import {
  type GatherObject,
  type GatherOptions,
  type HangUpObject,
  type PlayObject,
  type PlayOptions,
  type RedirectObject,
  type RedirectOptions,
  type RejectObject,
  type RejectOptions,
  RejectReason,
  type VoicemailObject,
} from './webhook.types.js';
import { assertXmlText } from './xml.js';

/** Options of the follow-up action scheduled by `playAudioAndHangUp` / `playAudioAndTransfer`. */
export interface ScheduledActionOptions {
  /** Cancels the scheduled hang-up or transfer. */
  signal?: AbortSignal;
  /** Called when the hang-up or transfer fails. Default: `console.error`. */
  onError?: (error: unknown) => void;
  /** Options of the audio check. */
  audio?: AudioCheckOptions;
}

/** The response builders: each returns one action for a `newCall` or `dtmf` handler to return. */
export interface WebhookResponseInterface {
  /** `<Dial>` to one or more numbers. @throws {SipgateIOValidationError} */
  redirectCall(redirectOptions: RedirectOptions): RedirectObject;
  /** `<Gather>` digits, optionally with an announcement (checked first). @throws {SipgateIOValidationError} */
  gatherDTMF(gatherOptions: GatherOptions): Promise<GatherObject>;
  /** `<Play>` a WAV file (checked first). @throws {SipgateIOValidationError} */
  playAudio(playOptions: PlayOptions): Promise<PlayObject>;
  /**
   * `<Play>`, then hang up (RTCM) once the audio has played plus `timeout` ms. The timer does not keep the
   * process alive, can be cancelled with `options.signal`, and reports failures to `options.onError`.
   * @throws {SipgateIOValidationError}
   */
  playAudioAndHangUp(
    playOptions: PlayOptions,
    client: SipgateIOClient,
    callId: string,
    timeout?: number,
    options?: ScheduledActionOptions,
  ): Promise<PlayObject>;
  /** `<Play>`, then transfer (RTCM) like {@link WebhookResponseInterface.playAudioAndHangUp}. @throws {SipgateIOValidationError} */
  playAudioAndTransfer(
    playOptions: PlayOptions,
    transferOptions: TransferOptions,
    client: SipgateIOClient,
    callId: string,
    timeout?: number,
    options?: ScheduledActionOptions,
  ): Promise<PlayObject>;
  /** `<Reject>` the call. @throws {SipgateIOValidationError} */
  rejectCall(rejectOptions: RejectOptions): RejectObject;
  /** `<Hangup/>`. */
  hangUpCall(): HangUpObject;
  /** `<Dial><Voicemail/></Dial>`. */
  sendToVoicemail(): VoicemailObject;
}

const REJECT_REASONS: ReadonlySet<string> = new Set(Object.values(RejectReason));

function requireString(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new SipgateIOValidationError(`Invalid ${field}: expected a non-empty string.`, field);
  }
  assertXmlText(value, field);
  return value;
}

function checkWholeNumber(value: unknown, minimum: number, message: string, field: string): string {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum) {
    throw new SipgateIOValidationError(
      `${message} (a whole number). Your ${field} was: ${String(value)}`,
      field,
    );
  }
  return String(value);
}

async function play(
  playOptions: PlayOptions,
  audio?: AudioCheckOptions,
): Promise<{ object: PlayObject; duration: number }> {
  const url = requireString(playOptions?.announcement, 'announcement');
  const metadata = await validateAnnouncementAudio(url, audio);
  return { object: { Play: { Url: url } }, duration: metadata.duration ?? 0 };
}

function checkDelay(timeout: unknown): number {
  if (timeout === undefined) return 0;
  if (typeof timeout !== 'number' || !Number.isFinite(timeout) || timeout < 0) {
    throw new SipgateIOValidationError(
      `Invalid timeout: expected milliseconds >= 0. Your timeout was: ${String(timeout)}`,
      'timeout',
    );
  }
  return timeout;
}

function schedule(delay: number, action: () => Promise<unknown>, options: ScheduledActionOptions = {}): void {
  const { signal } = options;
  if (signal?.aborted) return;
  const onError =
    options.onError ??
    ((error: unknown) => console.error('[@sipgateio/webhook] scheduled call action failed:', error));
  const timer = setTimeout(() => {
    signal?.removeEventListener('abort', cancel);
    action().catch((error: unknown) => {
      try {
        onError(error);
      } catch {
        // An error reporter that throws must not become an unhandled rejection.
      }
    });
  }, delay);
  // The action is best effort around a live call: it must not keep a finished process running.
  (timer as { unref?: () => void }).unref?.();
  const cancel = () => clearTimeout(timer);
  signal?.addEventListener('abort', cancel, { once: true });
}

/** Builders for the XML actions a webhook handler answers with. */
export const WebhookResponse: WebhookResponseInterface = {
  redirectCall(redirectOptions) {
    const numbers = redirectOptions?.numbers;
    if (!Array.isArray(numbers) || numbers.length === 0) {
      throw new SipgateIOValidationError(
        'Invalid numbers: expected at least one number to redirect to.',
        'numbers',
      );
    }
    const attributes: RedirectObject['Dial']['_attributes'] = {};
    if (redirectOptions.callerId !== undefined)
      attributes.callerId = requireString(redirectOptions.callerId, 'callerId');
    // Only when given: the original sent anonymous="undefined" when it was omitted.
    if (redirectOptions.anonymous !== undefined)
      attributes.anonymous = String(Boolean(redirectOptions.anonymous));
    return {
      Dial: { _attributes: attributes, Number: numbers.map((number) => requireString(number, 'numbers')) },
    };
  },

  async gatherDTMF(gatherOptions) {
    const maxDigits = checkWholeNumber(
      gatherOptions?.maxDigits,
      1,
      WebhookErrorMessage.INVALID_DTMF_MAX_DIGITS,
      'maxDigits',
    );
    const timeout = checkWholeNumber(
      gatherOptions?.timeout,
      0,
      WebhookErrorMessage.INVALID_DTMF_TIMEOUT,
      'timeout',
    );
    const gather: GatherObject = { Gather: { _attributes: { maxDigits, timeout } } };
    if (gatherOptions.announcement !== undefined) {
      gather.Gather.Play = (await play({ announcement: gatherOptions.announcement })).object.Play;
    }
    return gather;
  },

  async playAudio(playOptions) {
    return (await play(playOptions)).object;
  },

  async playAudioAndHangUp(playOptions, client, callId, timeout, options) {
    requireString(callId, 'callId');
    const delay = checkDelay(timeout);
    const { object, duration } = await play(playOptions, options?.audio);
    const rtcm = createRTCMModule(client);
    schedule(duration * 1000 + delay, () => rtcm.hangUp({ callId }), options);
    return object;
  },

  async playAudioAndTransfer(playOptions, transferOptions, client, callId, timeout, options) {
    requireString(callId, 'callId');
    const delay = checkDelay(timeout);
    // Checked now, not when the timer fires: a typo should fail the handler, not a call minutes later.
    if (typeof transferOptions?.attended !== 'boolean') {
      throw new SipgateIOValidationError(
        'Invalid transfer options: attended must be true or false.',
        'transferOptions.attended',
      );
    }
    requireString(transferOptions.phoneNumber, 'transferOptions.phoneNumber');
    const { object, duration } = await play(playOptions, options?.audio);
    const rtcm = createRTCMModule(client);
    const target = { ...transferOptions };
    schedule(duration * 1000 + delay, () => rtcm.transfer({ callId }, target), options);
    return object;
  },

  rejectCall(rejectOptions) {
    const reason = rejectOptions?.reason;
    if (typeof reason !== 'string' || !REJECT_REASONS.has(reason)) {
      throw new SipgateIOValidationError(
        `Invalid reason: expected "busy" or "rejected". Your reason was: ${String(reason)}`,
        'reason',
      );
    }
    return { Reject: { _attributes: { reason } } };
  },

  hangUpCall() {
    return { Hangup: {} };
  },

  sendToVoicemail() {
    return { Dial: { Voicemail: {} } };
  },
};
