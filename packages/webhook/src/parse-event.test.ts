import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parseWebhookBody } from './parse-event.js';
import type { AnswerEvent, DataEvent, HangUpEvent, NewCallEvent } from './webhook.types.js';

describe('parseWebhookBody', () => {
  it('parses the real capture: empty user[], absent userId[]/fullUserId[], origCallId', () => {
    const event = parseWebhookBody(
      'event=newCall&direction=in&from=491776249000&to=4928559389086&callId=54566B5057&origCallId=54566B5057&user%5B%5D=&xcid=8419b3450b75cd19',
    );
    expect(event).toEqual({
      event: 'newCall',
      direction: 'in',
      from: '+491776249000',
      to: '+4928559389086',
      callId: '54566B5057',
      originalCallId: '54566B5057',
      users: [],
      userIds: [],
      fullUserIds: [],
      xcid: '8419b3450b75cd19',
    });
  });

  it.each([
    ['user%5B%5D=Alice&user%5B%5D=Bob', ['Alice', 'Bob']],
    ['user[]=Alice&user[]=Bob', ['Alice', 'Bob']],
    ['user%5B%5D%5B0%5D=Alice', ['Alice']],
    ['user%5B0%5D=Alice&user%5B1%5D=Bob', ['Alice', 'Bob']],
    ['users%5B%5D=Alice', ['Alice']],
    ['', []],
  ])('reads users from %s', (users, expected) => {
    expect(parseWebhookBody(`event=newCall&callId=1&${users}`)).toMatchObject({ users: expected });
  });

  it('keeps singular user fields on answer and has no list fields there', () => {
    const event = parseWebhookBody(
      'event=answer&callId=1&user=John+Doe&userId=w0&fullUserId=1234567w0&from=492111234567&to=4915791234567&direction=in&answeringNumber=21199999999',
    );
    expect(event).toEqual({
      event: 'answer',
      callId: '1',
      originalCallId: '',
      user: 'John Doe',
      userId: 'w0',
      fullUserId: '1234567w0',
      from: '+492111234567',
      to: '+4915791234567',
      direction: 'in',
      answeringNumber: '+21199999999',
    });
  });

  it.each([
    ['492111234567', '+492111234567'],
    ['+492111234567', '+492111234567'],
    ['anonymous', 'anonymous'],
    ['', ''],
  ])('prefixes + to %j → %j in every number field', (value, expected) => {
    const encoded = encodeURIComponent(value);
    const event = parseWebhookBody(
      `event=hangup&callId=1&cause=busy&from=${encoded}&to=${encoded}&diversion=${encoded}&answeringNumber=${encoded}`,
    );
    expect(event).toMatchObject({
      from: expected,
      to: expected,
      diversion: expected,
      answeringNumber: expected,
    });
  });

  it('keeps dtmf as a string (leading zero), empty, or empty when absent', () => {
    expect(parseWebhookBody('event=dtmf&dtmf=0815&callId=1')).toMatchObject({ dtmf: '0815' });
    expect(parseWebhookBody('event=dtmf&dtmf=&callId=1')).toMatchObject({ dtmf: '' });
    expect(parseWebhookBody('event=dtmf&callId=1')).toMatchObject({ dtmf: '' });
  });

  it('keeps unknown parameters, and __proto__ stays data', () => {
    const event = parseWebhookBody('event=newCall&callId=1&futureField=x&__proto__=polluted&constructor=y');
    expect(event.futureField).toBe('x');
    expect(Object.getPrototypeOf(event)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(event, '__proto__')?.value).toBe('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('prefers origCallId over originalCallId', () => {
    expect(parseWebhookBody('event=newCall&originalCallId=a&origCallId=b')).toMatchObject({
      originalCallId: 'b',
    });
    expect(parseWebhookBody('event=newCall&originalCallId=a')).toMatchObject({ originalCallId: 'a' });
  });

  it.each([
    ['callId=1'],
    ['event=%zz'],
    ['event=valueOf'],
    ['event=newCall&x=%2'],
    ['event=newCall&from=%C3%28'],
  ])('rejects %s', (body) => {
    expect(() => parseWebhookBody(body)).toThrow(
      expect.objectContaining({ name: 'SipgateIOValidationError' }),
    );
  });

  it('round-trips arbitrary values of every field (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          callId: fc.string(),
          xcid: fc.string(),
          user: fc.array(fc.string({ minLength: 1 })),
          extra: fc.string(),
        }),
        ({ callId, xcid, user, extra }) => {
          const form = new URLSearchParams([
            ['event', 'newCall'],
            ['callId', callId],
            ['xcid', xcid],
            ['extraField', extra],
          ]);
          for (const name of user) form.append('user[]', name);
          const event = parseWebhookBody(form.toString());
          expect(event).toMatchObject({ callId, xcid, users: user, extraField: extra });
        },
      ),
    );
  });

  it('gives a union that narrows on event', () => {
    const event = parseWebhookBody('event=dtmf&dtmf=1&callId=1');
    switch (event.event) {
      case 'newCall':
        expectTypeOf(event).toEqualTypeOf<NewCallEvent>();
        break;
      case 'answer':
        expectTypeOf(event).toEqualTypeOf<AnswerEvent>();
        break;
      case 'hangup':
        expectTypeOf(event).toEqualTypeOf<HangUpEvent>();
        break;
      default:
        expectTypeOf(event).toEqualTypeOf<DataEvent>();
        expect(event.dtmf).toBe('1');
    }
  });
});
