import { SipgateIOValidationError } from '@sipgateio/core';
import { type CallEvent, EventType } from './webhook.types.js';

const EVENT_TYPES: ReadonlySet<string> = new Set(Object.values(EventType));
const PHONE_NUMBER_FIELDS: ReadonlySet<string> = new Set(['from', 'to', 'diversion', 'answeringNumber']);
// `user[]`, `user[][0]`, `user[0]`; also the plural spelling (`users[]`) the original's renamed body used.
const LIST_KEY = /^(user|userId|fullUserId)s?\[\d*\](?:\[\d*\])?$/;
const LIST_FIELDS = { user: 'users', userId: 'userIds', fullUserId: 'fullUserIds' } as const;
const LIST_FIELD_NAMES = Object.values(LIST_FIELDS);

/** True when `value` is one of the four event names (a Set lookup: no prototype is ever consulted). */
export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && EVENT_TYPES.has(value);
}

function addPlus(value: string): string {
  // sipgate sends digits without `+`; `anonymous` and empty values stay as they are, `+…` is never doubled.
  if (value === '' || value === 'anonymous' || value.startsWith('+')) return value;
  return `+${value}`;
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  // `__proto__` gets defineProperty, not assignment: it must become data, never a prototype.
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

function decodeComponent(text: string): string {
  // Form encoding: `+` is a space. decodeURIComponent throws a URIError for malformed %-sequences and for
  // bytes that are not UTF-8, which is what we want (URLSearchParams would silently substitute U+FFFD).
  if (!text.includes('%') && !text.includes('+')) return text;
  return decodeURIComponent(text.includes('+') ? text.replace(/\+/g, ' ') : text);
}

/**
 * Parses an `application/x-www-form-urlencoded` webhook body into a typed event. Keys are renamed one by
 * one after decoding (`origCallId` → `originalCallId`, `user[]` → `users`…), never by text replacement.
 * @throws {SipgateIOValidationError} (field `body`) for malformed percent-encoding or a missing/unknown event.
 */
export function parseWebhookBody(body: string): CallEvent {
  const event: Record<string, unknown> = { callId: '', originalCallId: '' };
  const lists: Record<(typeof LIST_FIELDS)[keyof typeof LIST_FIELDS], string[]> = {
    users: [],
    userIds: [],
    fullUserIds: [],
  };
  let origCallId: string | undefined;
  let originalCallId: string | undefined;
  // A hand-rolled split instead of URLSearchParams: webhooks are hot, and this allocates a fraction.
  for (let start = 0; start < body.length; ) {
    let end = body.indexOf('&', start);
    if (end === -1) end = body.length;
    const equals = body.indexOf('=', start);
    const keyEnd = equals !== -1 && equals < end ? equals : end;
    let key: string;
    let value: string;
    try {
      key = decodeComponent(body.slice(start, keyEnd));
      value = keyEnd < end ? decodeComponent(body.slice(keyEnd + 1, end)) : '';
    } catch (error) {
      throw new SipgateIOValidationError('Malformed webhook body: invalid percent-encoding.', 'body', {
        cause: error,
      });
    }
    start = end + 1;
    if (key === '') continue;
    const list = key.endsWith(']') ? LIST_KEY.exec(key) : null;
    if (list) {
      // Empty entries (the real capture has `user%5B%5D=`) carry no user.
      if (value !== '') lists[LIST_FIELDS[list[1] as keyof typeof LIST_FIELDS]].push(value);
    } else if (key === 'origCallId') origCallId = value;
    else if (key === 'originalCallId') originalCallId = value;
    else define(event, key, PHONE_NUMBER_FIELDS.has(key) ? addPlus(value) : value);
  }
  event.originalCallId = origCallId ?? originalCallId ?? '';
  const isNewCall = event.event === EventType.NEW_CALL;
  for (const field of LIST_FIELD_NAMES) {
    if (isNewCall || lists[field].length > 0) event[field] = lists[field];
  }
  if (!isEventType(event.event)) {
    throw new SipgateIOValidationError(
      event.event === undefined ? 'Malformed webhook body: no event parameter.' : 'Unknown webhook event.',
      'event',
    );
  }
  if (event.event === EventType.DATA && event.dtmf === undefined) {
    // sipgate's docs disagree whether an empty Gather sends `dtmf=` or omits it: both mean "no digits".
    event.dtmf = '';
  }
  return event as unknown as CallEvent;
}
