import { ApiError } from '../api-error.js';
import { isoTime, type SandboxContext } from '../context.js';
import { faxFileUrls } from '../history-generator.js';
import { addHistoryEntry } from '../history-store.js';
import { newId } from '../random.js';
import type { Route } from '../router.js';
import type { SandboxHistoryEntry, SentFax } from '../state.types.js';
import { BodyChecker, compactNumber, isDialable, isExtensionOf, PHONE_NUMBER } from '../validate.js';

/** The largest base64 fax document the API takes (`SendFaxRequest.base64Content.maxLength`). */
export const MAX_FAX_BASE64_LENGTH = 28_330_000;
const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;
const PHONE = { pattern: PHONE_NUMBER, patternMessage: 'must be a phone number in E.164 format' };

/** Reads a phone number from a body (compacted), adding an error when it is not one. */
export function phone(checker: BodyChecker, key: string, required: boolean): string | undefined {
  const value = checker.string(key, { required, nonBlank: true });
  if (value !== undefined && value.trim() !== '' && !isDialable(value)) {
    checker.add(key, `${key} ${PHONE.patternMessage}`);
  }
  return value === undefined ? undefined : compactNumber(value);
}

const sendSms: Route = {
  method: 'POST',
  pattern: '/sessions/sms',
  jsonBody: true,
  handle: ({ body, context }) => {
    const checker = new BodyChecker(body);
    const smsId = checker.string('smsId', { required: true, nonBlank: true });
    const recipient = phone(checker, 'recipient', true);
    const message = checker.string('message', { required: true, nonBlank: true });
    const sendAt = checker.number('sendAt');
    const now = context.now().getTime();
    if (sendAt !== undefined) {
      // The live API counts whole seconds; fractions (as the original SDK sent) are cut off.
      if (sendAt * 1000 < now - 60_000) checker.add('sendAt', 'sendAt must not be in the past');
      else if (sendAt * 1000 > now + THIRTY_DAYS_MS)
        checker.add('sendAt', 'sendAt must be at most 30 days ahead');
    }
    checker.done();
    const owned = Object.values(context.state.smsExtensions).some((list) =>
      list.some((item) => item.id === smsId),
    );
    if (!owned) throw new ApiError(403, `SMS extension ${smsId} does not exist or is not yours`, '/smsId');
    const sender =
      context.state.callerIds[smsId as string]?.find((callerId) => callerId.defaultNumber)?.phonenumber ??
      'sipgate';
    const id = newId();
    const deliveredAt = isoTime(sendAt === undefined ? context.now() : new Date(Math.floor(sendAt) * 1000));
    const scheduled = sendAt !== undefined;
    context.state.sms.push({
      id,
      smsId: smsId as string,
      recipient: recipient as string,
      message: message as string,
      sender,
      sendAt: deliveredAt,
      scheduled,
      createdAt: isoTime(context.now()),
    });
    addHistoryEntry(context, {
      id,
      type: 'SMS',
      source: sender,
      target: recipient as string,
      connectionIds: [smsId as string],
      smsContent: message,
      scheduled: scheduled ? deliveredAt : null,
    });
    return { status: 204 };
  },
};

function countPdfPages(pdf: string): number {
  return Math.max(1, pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0);
}

function scheduleFax(context: SandboxContext, entry: SandboxHistoryEntry): void {
  const steps = ['SENDING', context.fax.outcome];
  if (context.fax.advanceOnRead) {
    context.faxSteps.set(entry.id, steps);
    return;
  }
  const set = (status: string) => () => {
    entry.faxStatusType = status;
    entry.lastModified = isoTime(context.now());
  };
  context.later(set('SENDING'), context.fax.pendingMs);
  context.later(set(context.fax.outcome), context.fax.pendingMs + context.fax.sendingMs);
}

/** Records a fax as sent, with its history entry (status PENDING, then SENDING and the outcome); returns its id. */
export function queueFax(context: SandboxContext, fax: Omit<SentFax, 'id' | 'createdAt'>): string {
  const id = newId();
  context.state.faxes.push({ id, ...fax, createdAt: isoTime(context.now()) });
  addHistoryEntry(context, {
    id,
    type: 'FAX',
    source: '+4921100000099',
    target: fax.recipient,
    connectionIds: [fax.faxlineId],
    endpoints: [{ type: 'ROUTED', endpoint: { extension: fax.faxlineId, type: 'FAX' } }],
    faxStatusType: 'PENDING',
    scheduled: null,
    ...faxFileUrls(context.state.filesUrl, id),
    pageCount: fax.pageCount,
  });
  scheduleFax(context, context.state.history[0] as SandboxHistoryEntry);
  return id;
}

const sendFax: Route = {
  method: 'POST',
  pattern: '/sessions/fax',
  jsonBody: true,
  handle: ({ body, context }) => {
    const checker = new BodyChecker(body);
    const content = checker.value.base64Content;
    if (typeof content === 'string' && content.length > MAX_FAX_BASE64_LENGTH) {
      throw new ApiError(
        413,
        `base64Content is ${content.length} characters long; the limit is ${MAX_FAX_BASE64_LENGTH}`,
        '/base64Content',
      );
    }
    const faxlineId = checker.string('faxlineId', { required: true, nonBlank: true });
    const recipient = phone(checker, 'recipient', true);
    const filename = checker.string('filename', { required: true, nonBlank: true });
    const base64Content = checker.string('base64Content', { required: true, nonBlank: true });
    let pdf = '';
    if (base64Content !== undefined && base64Content.trim() !== '') {
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64Content) || base64Content.length % 4 !== 0) {
        checker.add('base64Content', 'base64Content must be base64 encoded');
      } else {
        pdf = Buffer.from(base64Content, 'base64').toString('latin1');
        if (!pdf.startsWith('%PDF-')) checker.add('base64Content', 'base64Content must be a PDF document');
      }
    }
    checker.done();
    const faxline = Object.values(context.state.faxlines)
      .flat()
      .find((line) => line.id === faxlineId);
    if (faxline?.canSend !== true) {
      throw new ApiError(403, `Fax line ${faxlineId} does not exist or cannot send`, '/faxlineId');
    }
    const id = queueFax(context, {
      faxlineId: faxlineId as string,
      recipient: recipient as string,
      filename: filename as string,
      base64Content: base64Content as string,
      pageCount: countPdfPages(pdf),
    });
    return { status: 200, body: { sessionId: id } };
  },
};

const CALLER_EXTENSION = 'epxy';

const newCall: Route = {
  method: 'POST',
  pattern: '/sessions/calls',
  jsonBody: true,
  handle: ({ body, context }) => {
    const checker = new BodyChecker(body);
    const caller = checker.string('caller', { required: true, nonBlank: true });
    const callee = phone(checker, 'callee', true);
    const deviceId = checker.string('deviceId');
    const callerId = phone(checker, 'callerId', false);
    const callerIsExtension = caller !== undefined && isExtensionOf(caller, CALLER_EXTENSION);
    if (caller !== undefined && caller.trim() !== '' && !callerIsExtension && !isDialable(caller)) {
      checker.add('caller', 'caller must be an extension (e, p, x, y) or a phone number');
    }
    if (deviceId !== undefined && !isExtensionOf(deviceId, CALLER_EXTENSION)) {
      checker.add('deviceId', 'deviceId must be an extension of type e, p, x or y');
    }
    if (deviceId === undefined && caller !== undefined && !callerIsExtension) {
      checker.add('deviceId', 'deviceId is required when caller is a phone number');
    }
    checker.done();
    const callId = newId().toUpperCase();
    const ownNumber = callerId ?? (callerIsExtension ? '+4921100000000' : compactNumber(caller as string));
    context.state.calls.push({
      callId,
      caller: caller as string,
      callee: callee as string,
      ...(callerId === undefined ? {} : { callerId }),
      ...(deviceId === undefined ? {} : { deviceId }),
      status: 'established',
      origin: 'session',
      muted: false,
      hold: false,
      recording: false,
      participants: [
        { participantId: '0', phoneNumber: ownNumber, muted: false, hold: false, owner: true },
        { participantId: '1', phoneNumber: callee as string, muted: false, hold: false, owner: false },
      ],
      announcements: [],
      dtmf: [],
      transfers: [],
      createdAt: isoTime(context.now()),
    });
    return { status: 200, body: { sessionId: callId } };
  },
};

/** `POST /sessions/sms`, `/sessions/fax` and `/sessions/calls`. */
export const sessionRoutes: Route[] = [sendSms, sendFax, newCall];
