import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviveDates } from './revive-dates.js';

const ISO = '2020-09-14T10:03:20Z';
const AT = new Date(ISO);

describe('reviveDates', () => {
  it.each([
    ['Z', '2020-09-14T10:03:20Z', Date.UTC(2020, 8, 14, 10, 3, 20)],
    ['fractional seconds', '2020-09-14T10:03:20.123Z', Date.UTC(2020, 8, 14, 10, 3, 20, 123)],
    ['+02:00', '2020-09-14T12:03:20+02:00', Date.UTC(2020, 8, 14, 10, 3, 20)],
    ['-0130', '2020-09-14T08:33:20-0130', Date.UTC(2020, 8, 14, 10, 3, 20)],
    ['+00', '2020-09-14T10:03:20+00', Date.UTC(2020, 8, 14, 10, 3, 20)],
  ])('revives a date-time with %s', (_case, text, time) => {
    const revived = reviveDates({ at: text }).at as unknown as Date;
    expect(revived).toBeInstanceOf(Date);
    expect(revived.getTime()).toBe(time);
  });

  it('revives flat, nested and array values', () => {
    const body = reviveDates({
      created: ISO,
      nested: { deeper: { lastModified: ISO } },
      list: [ISO, { at: ISO }, [ISO]],
    });
    expect(body).toEqual({
      created: AT,
      nested: { deeper: { lastModified: AT } },
      list: [AT, { at: AT }, [AT]],
    });
  });

  it.each(['2020-13-45T10:03:20Z', '2020-02-30T25:61:61Z'])(
    'keeps the impossible date-time %s as a string',
    (text) => {
      expect(reviveDates({ at: text })).toEqual({ at: text });
    },
  );

  it('keeps nulls, numbers, booleans and non-date strings', () => {
    const body = {
      a: null,
      b: 1,
      c: true,
      d: 'hello',
      e: '2020-09-14',
      f: '10:03:20',
      g: [null, 2, 'x'],
      h: '',
    };
    expect(reviveDates(structuredClone(body))).toEqual(body);
  });

  it.each([
    ['a zone-less date-time (local time differs per machine)', '2020-09-14T10:03:20'],
    ['a date-time with surrounding text', 'at 2020-09-14T10:03:20Z'],
    ['a date-time with trailing text', '2020-09-14T10:03:20Z!'],
    ['a space instead of T', '2020-09-14 10:03:20Z'],
    ['a two-digit year', '20-09-14T10:03:20Z'],
    ['a letter zone', '2020-09-14T10:03:20CET'],
  ])('keeps %s as a string', (_case, text) => {
    expect(reviveDates({ at: text })).toEqual({ at: text });
  });

  it.each(['note', 'smsContent', 'message', 'name', 'firstname', 'lastname', 'alias', 'transcription'])(
    'keeps user text in %s as written',
    (key) => {
      expect(reviveDates({ [key]: ISO, created: ISO })).toEqual({ [key]: ISO, created: AT });
    },
  );

  it('keeps user text inside nested history entries while reviving their timestamps', () => {
    const history = {
      items: [
        {
          id: '1',
          type: 'SMS',
          created: ISO,
          lastModified: '2020-09-14T10:04:00Z',
          smsContent: '2020-09-14T10:03:20Z',
          note: ISO,
          faxStatusType: 'SENT',
        },
      ],
      totalCount: 1,
    };
    expect(reviveDates(history)).toEqual({
      items: [
        {
          id: '1',
          type: 'SMS',
          created: AT,
          lastModified: new Date('2020-09-14T10:04:00Z'),
          smsContent: ISO,
          note: ISO,
          faxStatusType: 'SENT',
        },
      ],
      totalCount: 1,
    });
  });

  it('revives a top-level string and top-level arrays', () => {
    expect(reviveDates(ISO)).toEqual(AT);
    expect(reviveDates([ISO, 'x'])).toEqual([AT, 'x']);
    expect(reviveDates(null)).toBeNull();
    expect(reviveDates(undefined)).toBeUndefined();
  });
});

describe('reviveDates (properties)', () => {
  it('revives every toISOString() output to the same instant', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        (date) => {
          const revived = reviveDates({ at: date.toISOString() }).at as unknown as Date;
          expect(revived).toBeInstanceOf(Date);
          expect(revived.getTime()).toBe(date.getTime());
        },
      ),
    );
  });

  it('never changes a string that is not a whole zoned date-time', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!/^\d{4}-\d{2}-\d{2}T/.test(text));
        expect(reviveDates({ text, list: [text] })).toEqual({ text, list: [text] });
      }),
    );
  });
});
