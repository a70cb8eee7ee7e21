import fc from 'fast-check';
import { FORM, signBody } from './helpers.js';

/** How the generated request is signed. Only `valid` may ever reach a handler. */
export type SignatureMode = 'valid' | 'untrusted-key' | 'other-body' | 'garbage' | 'missing';

/** How the body is framed on the wire. */
type Framing = 'exact' | 'chunked' | 'short' | 'truncated' | 'none';

export interface FuzzRequest {
  bytes: Uint8Array;
  signature: SignatureMode;
  /** The client hangs up after writing (a truncated body): no answer is owed. */
  abortAfterWrite: boolean;
  describe: string;
}

const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'prototype',
  '__defineGetter__',
  'isPrototypeOf',
];
const EVENT_NAMES = ['newCall', 'answer', 'hangup', 'dtmf', 'NEWCALL', '', ...PROTOTYPE_NAMES];
const FIELD_NAMES = [
  'event',
  'callId',
  'origCallId',
  'from',
  'to',
  'direction',
  'dtmf',
  'cause',
  'answeringNumber',
  'user[]',
  'user%5B%5D',
  'userId%5B%5D',
  'fullUserId%5B%5D',
  'xcid',
  'diversion',
  ...PROTOTYPE_NAMES,
];

const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('%', '%zz', '%E2%82', '%C0%AF', '%00', '+', '&&&', '==', 'a=b=c', '\u0000', '\uD800'),
);

const fieldValue = fc.oneof(
  { weight: 3, arbitrary: anyText },
  { weight: 1, arbitrary: fc.string({ maxLength: 3000 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^\+?\d{0,20}$/) },
);

function encodeField(text: string, mode: 'encode' | 'raw' | 'plus'): string {
  if (mode === 'raw') return text;
  const encoded = encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, '?'));
  return mode === 'plus' ? encoded.replace(/%20/g, '+') : encoded;
}

const formBody: fc.Arbitrary<Uint8Array> = fc
  .record({
    event: fc.oneof(fc.constantFrom(...EVENT_NAMES), anyText),
    fields: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...FIELD_NAMES), anyText), fieldValue), {
      maxLength: 12,
    }),
    mode: fc.constantFrom('encode', 'raw', 'plus'),
    withEvent: fc.boolean(),
    duplicateEvent: fc.boolean(),
  })
  .map(({ event, fields, mode, withEvent, duplicateEvent }) => {
    const pairs: [string, string][] = [];
    if (withEvent) pairs.push(['event', event]);
    pairs.push(...fields);
    if (duplicateEvent) pairs.push(['event', 'newCall']);
    const m = mode as 'encode' | 'raw' | 'plus';
    return new Uint8Array(
      Buffer.from(pairs.map(([key, value]) => `${encodeField(key, m)}=${encodeField(value, m)}`).join('&')),
    );
  });

const wellFormedCall: fc.Arbitrary<Uint8Array> = fc
  .record({
    event: fc.constantFrom('newCall', 'answer', 'hangup', 'dtmf'),
    callId: fc.stringMatching(/^[0-9A-F]{1,16}$/),
    from: fc.stringMatching(/^\d{0,15}$/),
    dtmf: fc.stringMatching(/^[0-9*#]{0,5}$/),
  })
  .map(
    ({ event, callId, from, dtmf }) =>
      new Uint8Array(
        Buffer.from(
          `event=${event}&direction=in&from=${from}&to=4915791234567&callId=${callId}&origCallId=${callId}&user%5B%5D=Alice&userId%5B%5D=w0&fullUserId%5B%5D=1234567w0&xcid=x&dtmf=${dtmf}&cause=normalClearing`,
        ),
      ),
  );

/** Bodies: form-shaped, well-formed calls, random bytes (invalid UTF-8), oversized, empty. */
export function bodyArbitrary(maxBodyBytes: number): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    { weight: 4, arbitrary: formBody },
    { weight: 5, arbitrary: wellFormedCall },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 2048 }) },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: maxBodyBytes - 8, max: maxBodyBytes * 3 })
        .map((size) => new Uint8Array(Buffer.alloc(size, 'event=newCall&')).subarray(0, size)),
    },
    { weight: 1, arbitrary: fc.constant(new Uint8Array(0)) },
  );
}

const METHODS = ['POST', 'POST', 'POST', 'POST', 'GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE'];
const CONTENT_TYPES = [
  FORM,
  `${FORM}; charset=UTF-8`,
  `${FORM};charset="utf8"`,
  `${FORM}; charset=ISO-8859-1`,
  'APPLICATION/X-WWW-FORM-URLENCODED',
  'application/json',
  'text/plain',
  'multipart/form-data; boundary=x',
  `${FORM}x`,
  '',
];
const HEADER_NAMES = [
  'x-forwarded-for',
  'x-sipgate-signature',
  'content-encoding',
  'expect',
  'host',
  'forwarded',
  'content-type',
  'user-agent',
  ...PROTOTYPE_NAMES,
];

/** One raw HTTP/1.1 request with random method, target, headers, body, framing and signature. */
export function requestArbitrary(options: {
  maxBodyBytes: number;
  signature: fc.Arbitrary<SignatureMode>;
}): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      method: fc.oneof(
        { weight: 12, arbitrary: fc.constant('POST') },
        { weight: 3, arbitrary: fc.constantFrom(...METHODS) },
        { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z-]{1,10}$/) },
      ),
      target: fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom('/', '/webhook', '/webhook?a=1&b=%zz', '/%00', '*') },
        { weight: 1, arbitrary: fc.string({ maxLength: 30 }).map((path) => `/${path}`) },
      ),
      contentType: fc.option(
        fc.oneof(
          { weight: 8, arbitrary: fc.constant(FORM) },
          { weight: 4, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
          { weight: 1, arbitrary: anyText },
        ),
        { freq: 12 },
      ),
      headers: fc.array(
        fc.tuple(
          fc.oneof(fc.constantFrom(...HEADER_NAMES), fc.stringMatching(/^[a-zA-Z0-9_-]{1,20}$/)),
          fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('100-continue', '1.2.3.4, 5.6.7.8', 'gzip')),
        ),
        { maxLength: 3, depthIdentifier: 'headers' },
      ),
      body: bodyArbitrary(options.maxBodyBytes),
      framing: fc.constantFrom<Framing>(
        'exact',
        'exact',
        'exact',
        'exact',
        'chunked',
        'short',
        'truncated',
        'none',
      ),
      signature: options.signature,
      garbage: fc.string({ maxLength: 400 }),
    })
    .map(({ method, target, contentType, headers, body, framing, signature, garbage }) => {
      const lines = [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close'];
      if (contentType !== null) lines.push(`Content-Type: ${contentType}`);
      for (const [name, value] of headers) {
        // A second signature header would make the request's signature state unknown to the property.
        if (name === 'x-sipgate-signature' && signature !== 'garbage') continue;
        lines.push(`${name}: ${value}`);
      }
      if (signature === 'valid') lines.push(`X-Sipgate-Signature: ${signBody(body)}`);
      if (signature === 'untrusted-key') lines.push(`X-Sipgate-Signature: ${signBody(body, true)}`);
      if (signature === 'other-body') lines.push(`X-Sipgate-Signature: ${signBody(`${garbage}x`)}`);
      if (signature === 'garbage') lines.push(`X-Sipgate-Signature: ${garbage.replace(/[\r\n]/g, '')}`);
      let payload: Buffer = Buffer.from(body);
      switch (framing) {
        case 'exact':
          lines.push(`Content-Length: ${body.byteLength}`);
          break;
        case 'chunked':
          lines.push('Transfer-Encoding: chunked');
          payload = Buffer.concat([
            Buffer.from(`${body.byteLength.toString(16)}\r\n`),
            payload,
            Buffer.from(body.byteLength > 0 ? '\r\n0\r\n\r\n' : '\r\n'),
          ]);
          break;
        case 'short':
          lines.push(`Content-Length: ${Math.floor(body.byteLength / 2)}`);
          break;
        case 'truncated':
          lines.push(`Content-Length: ${body.byteLength + 10}`);
          break;
        case 'none':
          break;
      }
      const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8');
      return {
        bytes: new Uint8Array(Buffer.concat([head, payload])),
        signature,
        abortAfterWrite: framing === 'truncated',
        describe: `${JSON.stringify(lines)} body=${body.byteLength}B framing=${framing}`,
      };
    });
}
