import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isSipgateIOError, SipgateIOValidationError } from '@sipgateio/core';
import {
  createWebhookHandler,
  type HandlerResult,
  type WebhookHandlerOptions,
  WebhookResponse,
} from '@sipgateio/webhook';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM, NEW_CALL_BODY } from './helpers.js';
import { checkWellFormed, parseXml } from './xml-strict.js';

const RUNS = 300;
/** How many generated cases produced a document (the rest were validation errors): a vacuous run fails. */
let written = 0;
const ACTION_ELEMENTS = new Set([
  'Response',
  'Dial',
  'Number',
  'Voicemail',
  'Play',
  'Url',
  'Gather',
  'Reject',
  'Hangup',
]);

/** Strings that stress XML: markup, entities, quotes, whitespace, control and astral characters, lone surrogates. */
const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc
    .array(
      fc.constantFrom(
        '<',
        '>',
        '&',
        '"',
        "'",
        '&amp;',
        '&#0;',
        ']]>',
        '<!--',
        '<![CDATA[',
        '</Dial><Play><Url>x</Url></Play><Dial>',
        '" onAnswer="http://evil',
        '\t',
        '\n',
        '\r',
        '\r\n',
        '\u0000',
        '\u0008',
        '\uFFFE',
        '\uD800',
        '😀',
        ' ',
        'a',
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join('')),
);

/** Answers NEW_CALL_BODY with `handler`'s result; returns the XML, or the builder's validation error. */
async function answer(
  build: () => HandlerResult | Promise<HandlerResult>,
  options: WebhookHandlerOptions = {},
): Promise<{ xml: string; status: number } | { error: unknown }> {
  let result: HandlerResult;
  try {
    result = await build();
  } catch (error) {
    return { error };
  }
  const handler = createWebhookHandler({
    skipSignatureVerification: true,
    onError: () => undefined,
    ...options,
  });
  handler.onNewCall(() => result);
  // A Gather needs a dtmf handler (else the answer is a 500 by design: its digits would go nowhere).
  if (options.serverAddress) handler.onData(() => undefined);
  const response = await handler.fetch(
    new Request('http://127.0.0.1/webhook', {
      method: 'POST',
      headers: { 'content-type': FORM },
      body: NEW_CALL_BODY,
    }),
  );
  return { xml: await response.text(), status: response.status };
}

function expectValidationError(outcome: { error: unknown }): void {
  expect(outcome.error).toBeInstanceOf(SipgateIOValidationError);
  expect(isSipgateIOError(outcome.error)).toBe(true);
}

function expectOnlyActions(xml: string): ReturnType<typeof checkWellFormed> {
  const shape = checkWellFormed(xml);
  for (const element of shape.elements) expect([...ACTION_ELEMENTS]).toContain(element);
  return shape;
}

describe('XML: arbitrary strings in every response-builder option', () => {
  it('redirectCall numbers, callerId and anonymous: well-formed, round-trip, nothing injected', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(hostileString, { minLength: 1, maxLength: 3 }),
        fc.option(hostileString, { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        async (numbers, callerId, anonymous) => {
          const outcome = await answer(() => WebhookResponse.redirectCall({ numbers, callerId, anonymous }));
          if ('error' in outcome) return expectValidationError(outcome);
          written++;
          expect(outcome.status).toBe(200);
          const shape = expectOnlyActions(outcome.xml);
          expect(shape.elements).toEqual(['Response', 'Dial', ...numbers.map(() => 'Number')]);
          const dial = parseXml(outcome.xml).Response[0].Dial[0];
          expect(dial.Number.map((number: unknown) => (typeof number === 'string' ? number : ''))).toEqual(
            numbers,
          );
          expect(dial['@callerId']?.[0]).toBe(callerId);
          expect(dial['@anonymous']?.[0]).toBe(anonymous === undefined ? undefined : String(anonymous));
        },
      ),
      { numRuns: RUNS },
    );
    expect(written).toBeGreaterThan(RUNS / 5);
  });

  it('gatherDTMF maxDigits and timeout: numbers or validation errors, never markup', async () => {
    const anyNumber = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(Number.NaN, Infinity, -0, 1e21));
    await fc.assert(
      fc.asyncProperty(anyNumber, anyNumber, async (maxDigits, timeout) => {
        const outcome = await answer(() => WebhookResponse.gatherDTMF({ maxDigits, timeout }), {
          serverAddress: 'https://example.com/hook',
        });
        if ('error' in outcome) return expectValidationError(outcome);
        const shape = expectOnlyActions(outcome.xml);
        expect(shape.elements).toEqual(['Response', 'Gather']);
        const gather = parseXml(outcome.xml).Response[0].Gather[0];
        expect(gather['@maxDigits'][0]).toBe(String(maxDigits));
        expect(gather['@timeout'][0]).toBe(String(timeout));
      }),
      { numRuns: RUNS },
    );
  });

  it('rejectCall reason: only busy/rejected are written', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileString, fc.constantFrom('busy', 'rejected')), async (reason) => {
        // biome-ignore lint/suspicious/noExplicitAny: arbitrary input is the point.
        const outcome = await answer(() => WebhookResponse.rejectCall({ reason: reason as any }));
        if ('error' in outcome) return expectValidationError(outcome);
        expectOnlyActions(outcome.xml);
        expect(parseXml(outcome.xml).Response[0].Reject[0]['@reason'][0]).toBe(reason);
      }),
      { numRuns: RUNS },
    );
  });

  it('serverAddress (onAnswer, onHangup, onData): well-formed and round-trips', async () => {
    written = 0;
    await fc.assert(
      fc.asyncProperty(hostileString, async (query) => {
        const serverAddress = `https://example.com/hook?${query}`;
        let handler: ReturnType<typeof createWebhookHandler>;
        try {
          // A value URL parsing accepts but XML cannot carry (U+FFFE) is refused when the first follow-up
          // handler is registered: still a validation error before any request.
          handler = createWebhookHandler({ serverAddress, skipSignatureVerification: true });
          handler.onAnswer(() => undefined);
          handler.onHangUp(() => undefined);
          handler.onData(() => undefined);
        } catch (error) {
          return expectValidationError({ error });
        }
        handler.onNewCall(() => WebhookResponse.gatherDTMF({ maxDigits: 1, timeout: 1000 }));
        const response = await handler.fetch(
          new Request('http://127.0.0.1/webhook', {
            method: 'POST',
            headers: { 'content-type': FORM },
            body: NEW_CALL_BODY,
          }),
        );
        const xml = await response.text();
        written++;
        const shape = expectOnlyActions(xml);
        expect(shape.attributes.sort()).toEqual(
          [
            'Gather@maxDigits',
            'Gather@onData',
            'Gather@timeout',
            'Response@onAnswer',
            'Response@onHangup',
          ].sort(),
        );
        const root = parseXml(xml).Response[0];
        expect(root['@onAnswer'][0]).toBe(serverAddress);
        expect(root['@onHangup'][0]).toBe(serverAddress);
        expect(root.Gather[0]['@onData'][0]).toBe(serverAddress);
      }),
      { numRuns: RUNS },
    );
    expect(written).toBeGreaterThan(RUNS / 5);
  });

  it('error documents for hostile event names, methods and bodies stay well-formed', async () => {
    const handler = createWebhookHandler({ skipSignatureVerification: true, onError: () => undefined });
    handler.onNewCall(() => WebhookResponse.hangUpCall());
    await fc.assert(
      fc.asyncProperty(hostileString, fc.constantFrom('POST', 'GET', 'PUT'), async (event, method) => {
        const body = `event=${encodeURIComponent(event.replace(/[\uD800-\uDFFF]/g, ''))}&callId=1`;
        const response = await handler.fetch(
          new Request('http://127.0.0.1/webhook', {
            method,
            headers: { 'content-type': FORM },
            body: method === 'GET' ? undefined : body,
          }),
        );
        const xml = await response.text();
        expect(response.headers.get('content-type')).toBe('application/xml');
        const shape = checkWellFormed(xml);
        for (const element of shape.elements) expect([...ACTION_ELEMENTS, 'Error']).toContain(element);
        if (response.status !== 200) expect(shape.elements).toEqual(['Error']);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('XML: playAudio and gatherDTMF announcements (served from 127.0.0.1)', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const wav = makeWav();
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'audio/wav', 'content-length': wav.byteLength });
      response.end(wav);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/announcement.wav`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('the announcement URL round-trips into <Url> or is refused with a validation error', async () => {
    written = 0;
    await fc.assert(
      fc.asyncProperty(hostileString, fc.boolean(), async (query, gather) => {
        const announcement = `${base}?${query}`;
        const outcome = await answer(
          () =>
            gather
              ? WebhookResponse.gatherDTMF({ maxDigits: 3, timeout: 2000, announcement })
              : WebhookResponse.playAudio({ announcement }),
          { serverAddress: 'https://example.com/hook' },
        );
        if ('error' in outcome) return expectValidationError(outcome);
        written++;
        const shape = expectOnlyActions(outcome.xml);
        const root = parseXml(outcome.xml).Response[0];
        const play = gather ? root.Gather[0].Play[0] : root.Play[0];
        expect(play.Url[0]).toBe(announcement);
        expect(shape.elements.filter((element) => element === 'Url')).toHaveLength(1);
      }),
      { numRuns: 100 },
    );
    expect(written).toBeGreaterThan(20);
  }, 60_000);
});

/** One second of 8 kHz mono 16-bit PCM silence: the format sipgate plays. */
function makeWav(): Uint8Array {
  const dataSize = 16_000;
  const buffer = Buffer.alloc(44 + dataSize);
  buffer.write('RIFF', 0, 'ascii');
  buffer.writeUInt32LE(buffer.length - 8, 4);
  buffer.write('WAVEfmt ', 8, 'ascii');
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(1, 22);
  buffer.writeUInt32LE(8000, 24);
  buffer.writeUInt32LE(16_000, 28);
  buffer.writeUInt16LE(2, 32);
  buffer.writeUInt16LE(16, 34);
  buffer.write('data', 36, 'ascii');
  buffer.writeUInt32LE(dataSize, 40);
  return new Uint8Array(buffer);
}

describe('finding: a serverAddress that XML cannot carry is only refused when a follow-up handler is registered', () => {
  // packages/webhook/src/handler.ts validateOptions checks serverAddress with validateWebhookUrl only; URL
  // parsing accepts U+0001 or U+FFFE in the query (it percent-encodes them), so the handler is created and the
  // error surfaces from onAnswer()/onHangUp()/onData() as "Invalid onAnswer: …" (field `onAnswer`), naming an
  // option the user never set. Fixed: createWebhookHandler validates it as XML text.
  it.each(['https://example.com/hook?a=\u0001', 'https://example.com/hook?a=\uFFFE'])(
    'createWebhookHandler refuses %j with field serverAddress',
    (serverAddress) => {
      let error: unknown;
      try {
        createWebhookHandler({ serverAddress, skipSignatureVerification: true });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(SipgateIOValidationError);
      expect((error as SipgateIOValidationError).field).toBe('serverAddress');
    },
  );
});
