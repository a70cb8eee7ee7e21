import { BASE_URL, fakeJwt, nock, ORIGIN, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { base64Stream } from './base64.js';
import { sipgateIO } from './client.js';
import type { TokenProvider } from './credentials.js';
import { SipgateIOAuthenticationError } from './errors.js';

setupNock();

const jwt = (name: string) => fakeJwt({ sub: 'w0', name });

const OLD_TOKEN = jwt('old');
const NEW_TOKEN = jwt('new');
const token: TokenProvider = (rejected) => (rejected ? NEW_TOKEN : OLD_TOKEN);

function apiWith(bearer: string): nock.Scope {
  return nock(ORIGIN, { reqheaders: { authorization: `Bearer ${bearer}` } });
}

/** A nock body matcher that records each body it sees as text. */
function recordingBodies() {
  const bodies: string[] = [];
  const match = (body: unknown) => {
    bodies.push(typeof body === 'string' ? body : JSON.stringify(body));
    return true;
  };
  return { bodies, match };
}

const BYTES = new TextEncoder().encode('%PDF-1.4 some bytes, more than one base64 group');
const JSON_TEXT = `{"base64Content":"${Buffer.from(BYTES).toString('base64')}"}`;
const streamOfJson = () => base64Stream(BYTES, { prefix: '{"base64Content":"', suffix: '"}' });

describe('a body given as a function', () => {
  it('sends what the function makes: a stream, with the Content-Length the caller sets', async () => {
    const { bodies, match } = recordingBodies();
    nock(ORIGIN, { reqheaders: { 'content-length': String(JSON_TEXT.length) } })
      .post('/v2/sessions/fax', match)
      .reply(200, { sessionId: 's' });
    const client = sipgateIO({ token: OLD_TOKEN }, { baseUrl: BASE_URL });
    await expect(
      client.post('sessions/fax', streamOfJson, { headers: { 'Content-Length': String(JSON_TEXT.length) } }),
    ).resolves.toEqual({ sessionId: 's' });
    expect(bodies).toEqual([JSON_TEXT]);
  });

  it('is called again for the repeat after a 401, so a stream body is sent whole twice', async () => {
    const { bodies, match } = recordingBodies();
    apiWith(OLD_TOKEN).post('/v2/sessions/fax', match).reply(401);
    apiWith(NEW_TOKEN).post('/v2/sessions/fax', match).reply(200, { sessionId: 's' });
    const client = sipgateIO({ token }, { baseUrl: BASE_URL, retry: 0 });
    await expect(client.post('sessions/fax', streamOfJson)).resolves.toEqual({ sessionId: 's' });
    expect(bodies).toEqual([JSON_TEXT, JSON_TEXT]);
  });

  it('goes through the fetch given in the options', async () => {
    const { bodies, match } = recordingBodies();
    nock(ORIGIN).post('/v2/sessions/fax', match).reply(200, { sessionId: 's' });
    const fetchSpy = vi.fn<typeof fetch>((input, init) => fetch(input, init));
    const client = sipgateIO({ token: OLD_TOKEN }, { baseUrl: BASE_URL, fetch: fetchSpy });
    await client.post('sessions/fax', streamOfJson);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(bodies).toEqual([JSON_TEXT]);
  });

  it('makes a plain object into JSON like an object body', async () => {
    const { bodies, match } = recordingBodies();
    nock(ORIGIN).post('/v2/sessions/sms', match).reply(204);
    const client = sipgateIO({ token: OLD_TOKEN }, { baseUrl: BASE_URL });
    await client.post('sessions/sms', () => ({ message: 'ä' }));
    expect(bodies).toEqual(['{"message":"ä"}']);
  });
});

describe('a stream given as the body itself', () => {
  it('is not repeated after a 401: it was consumed by the first attempt', async () => {
    const { bodies, match } = recordingBodies();
    apiWith(OLD_TOKEN).post('/v2/sessions/fax', match).reply(401);
    const client = sipgateIO({ token }, { baseUrl: BASE_URL, retry: 0 });
    await expect(client.post('sessions/fax', streamOfJson())).rejects.toBeInstanceOf(
      SipgateIOAuthenticationError,
    );
    expect(bodies).toEqual([JSON_TEXT]);
  });
});
