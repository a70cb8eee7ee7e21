import { randomBytes } from 'node:crypto';
import { isoTime, type SandboxContext } from '../context.js';
import { addCallHistory } from '../history-store.js';
import type { SandboxCall } from '../state.types.js';
import type { SigningKeys } from './sign.js';
import type {
  CallFinalState,
  CallTranscript,
  SimulateCallOptions,
  TranscriptEvent,
} from './simulator.types.js';
import { parseXmlResponse, type XmlInstruction } from './xml.js';

/** sipgate follows at most this many dtmf round trips; a loop in an IVR should not hang a test. */
const MAX_GATHERS = 20;

interface SimulatorDependencies {
  keys: SigningKeys;
  context: SandboxContext;
  timeoutMs: number;
}

/** Phone numbers go on the wire as digits without `+` (or `anonymous`). */
function wireNumber(value: string): string {
  return value === 'anonymous' ? value : value.replace(/\D/g, '');
}

/** Numbers in the transcript and in REST state are E.164 with `+` (empty for anonymous). */
function e164(value: string): string {
  return value === 'anonymous' ? '' : `+${value.replace(/\D/g, '')}`;
}

function fieldsOf(body: URLSearchParams): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const [key, value] of body) {
    const existing = fields[key];
    fields[key] =
      existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return fields;
}

/** Sends one signed push and records it; failures are recorded, not thrown (sipgate goes on without an answer). */
async function push(
  dependencies: SimulatorDependencies,
  transcript: CallTranscript,
  event: TranscriptEvent['event'],
  url: string,
  body: URLSearchParams,
): Promise<string | undefined> {
  const rawBody = body.toString();
  const entry: TranscriptEvent = { event, url, parameters: fieldsOf(body), rawBody, status: 0, response: '' };
  transcript.events.push(entry);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8',
        Accept: 'application/xml, text/plain, text/html',
        'User-Agent': 'sipgate.io',
        'X-Sipgate-Signature': dependencies.keys.sign(rawBody),
      },
      body: rawBody,
      signal: AbortSignal.timeout(dependencies.timeoutMs),
    });
    entry.status = response.status;
    entry.response = await response.text();
    return response.ok ? entry.response : undefined;
  } catch (error) {
    entry.error = error instanceof Error ? error.message : String(error);
    return undefined;
  }
}

/** Plays a call against a webhook the way sipgate.io would and returns the transcript. */
export async function simulateCall(
  dependencies: SimulatorDependencies,
  direction: 'in' | 'out',
  options: SimulateCallOptions,
): Promise<CallTranscript> {
  const settings = dependencies.context.state.settings;
  const webhookUrl = options.webhookUrl ?? (direction === 'in' ? settings.incomingUrl : settings.outgoingUrl);
  if (!webhookUrl) {
    throw new TypeError(
      `simulate${direction === 'in' ? 'Incoming' : 'Outgoing'}Call needs webhookUrl (or the ${direction === 'in' ? 'incomingUrl' : 'outgoingUrl'} setting)`,
    );
  }
  const callId = randomBytes(16).toString('hex').toUpperCase();
  const xcid = randomBytes(8).toString('hex');
  const from = wireNumber(options.from);
  const to = wireNumber(options.to);
  const users = options.users ?? ['Ada Lovelace'];
  const transcript: CallTranscript = {
    callId,
    direction,
    events: [],
    xml: [],
    finalState: { status: 'completed', cause: 'normalClearing', played: [], gathered: [] },
  };
  const common = (): [string, string][] => [
    ['from', from],
    ['to', to],
    ['direction', direction],
    ['callId', callId],
    ['origCallId', callId],
    ['xcid', xcid],
    ...(options.diversion ? ([['diversion', wireNumber(options.diversion)]] as [string, string][]) : []),
  ];
  const newCallBody = new URLSearchParams([
    ['event', 'newCall'],
    ...common(),
    ...(users.length === 0
      ? ([['user[]', '']] as [string, string][])
      : users.map((user): [string, string] => ['user[]', user])),
    ...users.map((_, index): [string, string] => ['userId[]', `w${index}`]),
    ...users.map((_, index): [string, string] => ['fullUserId[]', `1234567w${index}`]),
  ]);

  const subscriptions: { onAnswer?: string; onHangup?: string } = {};
  const digits = typeof options.dtmf === 'string' ? [options.dtmf] : [...(options.dtmf ?? [])];
  let answer = await push(dependencies, transcript, 'newCall', webhookUrl, newCallBody);
  let final: Omit<CallFinalState, 'played' | 'gathered'> | undefined;

  for (let round = 0; final === undefined; round += 1) {
    const instruction = readInstruction(answer, transcript, webhookUrl);
    if (instruction.onAnswer) subscriptions.onAnswer = new URL(instruction.onAnswer, webhookUrl).toString();
    if (instruction.onHangup) subscriptions.onHangup = new URL(instruction.onHangup, webhookUrl).toString();
    const action = instruction.action;
    if (action.kind === 'gather' && round < MAX_GATHERS) {
      if (action.playUrl) transcript.finalState.played.push(action.playUrl);
      const typed = (digits.shift() ?? '').slice(0, Math.max(1, action.maxDigits));
      transcript.finalState.gathered.push(typed);
      const body = new URLSearchParams([
        ['event', 'dtmf'],
        ['dtmf', typed],
        ['callId', callId],
        ['origCallId', callId],
      ]);
      answer = await push(
        dependencies,
        transcript,
        'dtmf',
        new URL(action.onData, webhookUrl).toString(),
        body,
      );
      continue;
    }
    if (action.kind === 'play') transcript.finalState.played.push(action.url);
    final = decide(instruction, options, to);
  }

  const established =
    final.answeringNumber === undefined
      ? undefined
      : establish(dependencies.context, callId, options, final.answeringNumber);
  if (final.answeringNumber !== undefined && subscriptions.onAnswer) {
    const body = new URLSearchParams([
      ['event', 'answer'],
      ...common(),
      ...(direction === 'in' && users[0]
        ? ([
            ['user', users[0]],
            ['userId', 'w0'],
            ['fullUserId', '1234567w0'],
          ] as [string, string][])
        : []),
      ['answeringNumber', wireNumber(final.answeringNumber)],
    ]);
    await push(dependencies, transcript, 'answer', subscriptions.onAnswer, body);
  }
  if (established) await talk(established, options.talkMs ?? 0);
  finish(dependencies.context, direction, options, established, final);
  if (subscriptions.onHangup) {
    const body = new URLSearchParams([
      ['event', 'hangup'],
      ['cause', final.cause],
      ...common(),
      ['answeringNumber', final.answeringNumber === undefined ? '' : wireNumber(final.answeringNumber)],
    ]);
    await push(dependencies, transcript, 'hangup', subscriptions.onHangup, body);
  }
  transcript.finalState = {
    ...transcript.finalState,
    ...final,
    ...(final.answeringNumber === undefined ? {} : { answeringNumber: e164(final.answeringNumber) }),
  };
  dependencies.context.state.transcripts.push(transcript);
  return transcript;
}

/** An answered call is an established RTCM call until it ends, so webhook handlers can act on its callId. */
function establish(
  context: SandboxContext,
  callId: string,
  options: SimulateCallOptions,
  answeringNumber: string,
): SandboxCall {
  const call: SandboxCall = {
    callId,
    caller: options.from,
    callee: e164(answeringNumber),
    status: 'established',
    origin: 'simulator',
    muted: false,
    hold: false,
    recording: false,
    participants: [
      { participantId: '0', phoneNumber: e164(answeringNumber), muted: false, hold: false, owner: true },
      {
        participantId: '1',
        phoneNumber: e164(options.from),
        muted: false,
        hold: false,
        owner: false,
      },
    ],
    announcements: [],
    dtmf: [],
    transfers: [],
    createdAt: isoTime(context.now()),
  };
  context.state.calls.push(call);
  return call;
}

/** Keeps the call up for `talkMs`, or until it is hung up over RTCM. */
async function talk(call: SandboxCall, talkMs: number): Promise<void> {
  const end = Date.now() + talkMs;
  while (call.status === 'established' && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(10, end - Date.now())));
  }
}

function finish(
  context: SandboxContext,
  direction: 'in' | 'out',
  options: SimulateCallOptions,
  call: SandboxCall | undefined,
  final: Omit<CallFinalState, 'played' | 'gathered'>,
): void {
  const now = context.now();
  if (call && call.status === 'established') {
    call.status = 'ended';
    call.endedAt = isoTime(now);
  }
  const answered = call !== undefined;
  const incoming = direction === 'in';
  addCallHistory(context, {
    callId: call?.callId ?? '',
    source: e164(options.from) || 'anonymous',
    target: e164(options.to),
    durationSeconds: call ? Math.round((now.getTime() - Date.parse(call.createdAt)) / 1000) : 0,
    recorded: call?.recording ?? false,
    direction: answered
      ? incoming
        ? 'INCOMING'
        : 'OUTGOING'
      : incoming
        ? 'MISSED_INCOMING'
        : 'MISSED_OUTGOING',
    status: answered ? 'PICKUP' : final.status === 'busy' ? 'BUSY' : 'NOPICKUP',
    callStatus: answered
      ? 'SUCCESS'
      : ((
          { busy: 'BUSY', rejected: 'REJECTED', voicemail: 'VOICEMAIL_NO_MESSAGE' } as Record<string, string>
        )[final.status] ?? 'MISSED'),
  });
}

function readInstruction(
  answer: string | undefined,
  transcript: CallTranscript,
  webhookUrl: string,
): XmlInstruction {
  if (answer === undefined) return { action: { kind: 'none' } };
  transcript.xml.push(answer);
  try {
    return parseXmlResponse(answer);
  } catch (error) {
    // sipgate ignores an answer it cannot read and lets the call go on; the transcript keeps the reason.
    const last = transcript.events[transcript.events.length - 1];
    if (last)
      last.error = `Unreadable XML from ${webhookUrl}: ${error instanceof Error ? error.message : error}`;
    return { action: { kind: 'none' } };
  }
}

/** What happens after the last instruction: who picks up and why the call ends. */
function decide(
  instruction: XmlInstruction,
  options: SimulateCallOptions,
  to: string,
): Omit<CallFinalState, 'played' | 'gathered'> {
  const answered = options.answer !== false;
  const action = instruction.action;
  switch (action.kind) {
    case 'reject':
      return action.reason === 'busy'
        ? { status: 'busy', cause: 'busy' }
        : { status: 'rejected', cause: options.hangupCause ?? 'noAnswer' };
    case 'hangup':
      return { status: 'hungUp', cause: options.hangupCause ?? 'normalClearing' };
    case 'dial':
      if (action.voicemail) return { status: 'voicemail', cause: options.hangupCause ?? 'normalClearing' };
      if (!answered)
        return { status: 'notAnswered', cause: options.hangupCause ?? 'cancel', dialed: action.numbers };
      return {
        status: 'completed',
        cause: options.hangupCause ?? 'normalClearing',
        dialed: action.numbers,
        ...(action.numbers[0] === undefined ? {} : { answeringNumber: action.numbers[0] }),
      };
    default:
      // No action, a Play (the call continues as before) or too many Gathers: the call rings the user.
      if (!answered) return { status: 'notAnswered', cause: options.hangupCause ?? 'cancel' };
      return { status: 'completed', cause: options.hangupCause ?? 'normalClearing', answeringNumber: to };
  }
}
