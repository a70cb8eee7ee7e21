import { SipgateIOValidationError } from '@sipgateio/core';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildResponseDocument } from './response-document.js';
import { WebhookResponse } from './webhook-response.js';
import { escapeAttribute, escapeText, isXmlText } from './xml.js';

// Values must come back exactly: no trimming, no number parsing, entities decoded.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  // Numeric character references (&#9; &#13;) are decoded only with htmlEntities.
  htmlEntities: true,
  isArray: (name) => name === 'Number',
});

// Strings of every XML 1.0 character (incl. astral ones, quotes, ampersands, brackets, CR/LF/tab).
const xmlString = fc.string({ unit: 'binary', minLength: 1 }).filter(isXmlText);
const address = fc.webUrl({ withQueryParameters: true, withFragments: true });

function parse(document: string) {
  expect(XMLValidator.validate(document)).toBe(true);
  return parser.parse(document);
}

describe('XML serialisation', () => {
  it('escapes text and attributes', () => {
    expect(escapeText('a&b<c>d"e\r')).toBe('a&amp;b&lt;c&gt;d"e&#13;');
    expect(escapeAttribute('a&b<c>d"e\t\n\r')).toBe('a&amp;b&lt;c&gt;d&quot;e&#9;&#10;&#13;');
  });

  it('pins the empty and subscription-only documents', () => {
    expect(buildResponseDocument(undefined, {})).toBe('<?xml version="1.0" encoding="utf-8"?>\n<Response/>');
    expect(buildResponseDocument(undefined, { onAnswer: 'X', onHangup: 'Y' })).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<Response onAnswer="X" onHangup="Y"/>',
    );
  });

  it.each([
    [
      WebhookResponse.redirectCall({ numbers: ['4915799912345'] }),
      '<Dial><Number>4915799912345</Number></Dial>',
    ],
    [WebhookResponse.sendToVoicemail(), '<Dial><Voicemail/></Dial>'],
    [
      WebhookResponse.redirectCall({ numbers: ['1', '2'], anonymous: true, callerId: '492111234567' }),
      '<Dial callerId="492111234567" anonymous="true"><Number>1</Number><Number>2</Number></Dial>',
    ],
    [WebhookResponse.rejectCall({ reason: 'busy' }), '<Reject reason="busy"/>'],
    [WebhookResponse.hangUpCall(), '<Hangup/>'],
    [
      { Play: { Url: 'http://example.com/example.wav' } },
      '<Play><Url>http://example.com/example.wav</Url></Play>',
    ],
  ])('writes the documented vocabulary (%#)', (object, xml) => {
    expect(buildResponseDocument(object, {})).toBe(
      `<?xml version="1.0" encoding="utf-8"?>\n<Response>${xml}</Response>`,
    );
  });

  it('rejects characters XML cannot carry, and foreign actions', () => {
    expect(() => WebhookResponse.redirectCall({ numbers: ['1\u0000'] })).toThrow(SipgateIOValidationError);
    expect(() =>
      buildResponseDocument({ Dial: { _attributes: { callerId: '\uFFFF' }, Number: [] } }, {}),
    ).toThrow(SipgateIOValidationError);
    expect(() => buildResponseDocument({ Evil: {} } as never, {})).toThrow(/unknown action/);
    expect(() => buildResponseDocument({ Dial: { 'a b': 'x' } } as never, {})).toThrow(/Invalid XML element/);
    expect(() => buildResponseDocument('text' as never, {})).toThrow(/must return an object/);
  });

  it('property: redirectCall options and follow-up addresses round-trip through a real parser', () => {
    fc.assert(
      fc.property(
        fc.array(xmlString, { minLength: 1, maxLength: 5 }),
        fc.option(xmlString, { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        xmlString,
        xmlString,
        (numbers, callerId, anonymous, onAnswer, onHangup) => {
          const object = WebhookResponse.redirectCall({ numbers, callerId, anonymous });
          const { Response } = parse(buildResponseDocument(object, { onAnswer, onHangup }));
          expect(Response['@onAnswer']).toBe(onAnswer);
          expect(Response['@onHangup']).toBe(onHangup);
          expect(Response.Dial.Number).toEqual(numbers);
          expect(Response.Dial['@callerId']).toBe(callerId);
          expect(Response.Dial['@anonymous']).toBe(anonymous === undefined ? undefined : String(anonymous));
        },
      ),
    );
  });

  it('property: Gather, Play and Reject values round-trip', () => {
    fc.assert(
      fc.property(
        xmlString,
        address,
        fc.integer({ min: 1, max: 99 }),
        fc.nat(),
        (onData, url, maxDigits, timeout) => {
          const gather = {
            Gather: {
              _attributes: { maxDigits: String(maxDigits), timeout: String(timeout) },
              Play: { Url: url },
            },
          };
          const { Response } = parse(buildResponseDocument(gather, { onData }));
          expect(Response.Gather).toEqual({
            '@maxDigits': String(maxDigits),
            '@timeout': String(timeout),
            '@onData': onData,
            Play: { Url: url },
          });
          const played = parse(buildResponseDocument({ Play: { Url: `${url}#${onData}` } }, {}));
          expect(played.Response.Play.Url).toBe(`${url}#${onData}`);
        },
      ),
    );
  });
});
