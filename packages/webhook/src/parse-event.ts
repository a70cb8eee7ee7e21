import { SipgateIOValidationError } from '@sipgateio/core';
import { type CallEvent, EventType } from './webhook.types.js';

const EVENT_TYPES: ReadonlySet<string> = new Set(Object.values(EventType));
const PHONE_NUMBER_FIELDS: ReadonlySet<string> = new Set(['from', 'to', 'diversion', 'answeringNumber']);
// `user[]`, `user[][0]`, `user[0]`; also the plural spelling (`users[]`) the original's renamed body used.
const LIST_KEY = /^(user|userId|fullUserId)s?\[\d*\](?:\[\d*\])?$/;
const LIST_FIELDS = { user: 'users', userId: 'userIds', fullUserId: 'fullUserIds' } as const;
const MALFORMED_PERCENT = /%(?![0-9A-Fa-f]{2})/;

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
  // defineProperty, not assignment: a parameter named `__proto__` must become data, never a prototype.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Parses an `application/x-www-form-urlencoded` webhook body into a typed event. Keys are renamed one by
 * one after decoding (`origCallId` → `originalCallId`, `user[]` → `users`…), never by text replacement.
 * @throws {SipgateIOValidationError} (field `body`) for malformed percent-encoding or a missing/unknown event.
 */
export function parseWebhookBody(body: string): CallEvent {
  if (MALFORMED_PERCENT.test(body)) {
    throw new SipgateIOValidationError('Malformed webhook body: invalid percent-encoding.', 'body');
  }
  const event: Record<string, unknown> = {
    users: [],
    userIds: [],
    fullUserIds: [],
    originalCallId: '',
    callId: '',
  };
  let origCallId: string | undefined;
  let originalCallId: string | undefined;
  for (const [key, value] of new URLSearchParams(body)) {
    const list = LIST_KEY.exec(key);
    if (list) {
      (event[LIST_FIELDS[list[1] as keyof typeof LIST_FIELDS]] as string[]).push(value);
      continue;
    }
    if (key === 'origCallId') origCallId = value;
    else if (key === 'originalCallId') originalCallId = value;
    else define(event, key, PHONE_NUMBER_FIELDS.has(key) ? addPlus(value) : value);
  }
  event.originalCallId = origCallId ?? originalCallId ?? '';
  // Empty list entries (the real capture has `user%5B%5D=`) carry no user.
  for (const field of Object.values(LIST_FIELDS)) {
    const entries = (event[field] as string[]).filter((entry) => entry !== '');
    if (entries.length > 0 || event.event === EventType.NEW_CALL) event[field] = entries;
    else delete event[field];
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
