import { describe, expect, it } from 'vitest';
import { parseXmlResponse } from './xml.js';

describe('parseXmlResponse', () => {
  it.each([
    ['', { action: { kind: 'none' } }],
    ['<Response/>', { action: { kind: 'none' } }],
    [
      '<?xml version="1.0" encoding="UTF-8"?><Response onAnswer="http://localhost:3000/answer" onHangup="http://localhost:3000/hangup" />',
      {
        onAnswer: 'http://localhost:3000/answer',
        onHangup: 'http://localhost:3000/hangup',
        action: { kind: 'none' },
      },
    ],
    [
      '<Response><Dial><Number>4915799912345</Number></Dial></Response>',
      { action: { kind: 'dial', numbers: ['4915799912345'], voicemail: false } },
    ],
    [
      '<Response><Dial callerId="492111234567" anonymous="true"><Number>491</Number><Number>492</Number></Dial></Response>',
      {
        action: {
          kind: 'dial',
          numbers: ['491', '492'],
          voicemail: false,
          callerId: '492111234567',
          anonymous: 'true',
        },
      },
    ],
    [
      '<Response><Dial><Voicemail /></Dial></Response>',
      { action: { kind: 'dial', numbers: [], voicemail: true } },
    ],
    [
      '<Response><Play><Url>http://example.com/example.wav</Url></Play></Response>',
      { action: { kind: 'play', url: 'http://example.com/example.wav' } },
    ],
    [
      '<Response><Gather onData="http://localhost:3000/dtmf" maxDigits="3" timeout="10000"><Play><Url>https://example.com/example.wav</Url></Play></Gather></Response>',
      {
        action: {
          kind: 'gather',
          onData: 'http://localhost:3000/dtmf',
          maxDigits: 3,
          timeout: 10000,
          playUrl: 'https://example.com/example.wav',
        },
      },
    ],
    [
      '<Response><Gather onData="/d"/></Response>',
      { action: { kind: 'gather', onData: '/d', maxDigits: 1, timeout: 2000 } },
    ],
    ['<Response><Reject reason="busy" /></Response>', { action: { kind: 'reject', reason: 'busy' } }],
    ['<Response><Reject /></Response>', { action: { kind: 'reject', reason: 'rejected' } }],
    ['<Response><Hangup /></Response>', { action: { kind: 'hangup' } }],
  ])('reads %s', (xml, expected) => {
    expect(parseXmlResponse(xml)).toEqual(expected);
  });

  it.each([
    ['<Answer/>', /no <Response>/],
    ['<Response><Gather maxDigits="1"/></Response>', /onData/],
    ['<Response><Dial>', /./],
  ])('rejects %s', (xml, message) => {
    expect(() => parseXmlResponse(xml)).toThrow(message);
  });
});
