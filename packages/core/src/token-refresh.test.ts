import { BASE_URL, fakeJwt, nock, ORIGIN, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { sipgateIO } from './client.js';
import type { RequestEvent } from './client.types.js';
import type { TokenProvider } from './credentials.js';
import { SipgateIOAuthenticationError, SipgateIOError } from './errors.js';

setupNock();

const jwt = (name: string) => fakeJwt({ sub: 'w0', name });

const OLD_TOKEN = jwt('old');
const NEW_TOKEN = jwt('new');

/** A token function that hands out the old token until it is told it was rejected; it records each call. */
function refreshingToken() {
  const calls: (Parameters<TokenProvider>[0] | 'no argument')[] = [];
  const token: TokenProvider = (...args) => {
    calls.push(args.length === 0 ? 'no argument' : args[0]);
    return args[0]?.rejectedToken === undefined ? OLD_TOKEN : NEW_TOKEN;
  };
  return { token, calls };
}

function apiWith(token: string): nock.Scope {
  return nock(ORIGIN, { reqheaders: { authorization: `Bearer ${token}` } });
}

describe('token refresh after 401', () => {
  it('asks the token function again with the rejected token and repeats a GET', async () => {
    const { token, calls } = refreshingToken();
    apiWith(OLD_TOKEN).get('/v2/users').reply(401, { message: 'token expired' });
    apiWith(NEW_TOKEN)
      .get('/v2/users')
      .reply(200, { items: ['w0'] });

    const client = sipgateIO({ token }, { baseUrl: BASE_URL, retry: 0 });

    await expect(client.get('users')).resolves.toEqual({ items: ['w0'] });
    expect(calls).toEqual(['no argument', { rejectedToken: OLD_TOKEN }]);
  });

  it('repeats a POST with a byte-identical JSON body', async () => {
    const { token, calls } = refreshingToken();
    const body = { smsId: 's0', recipient: '+4915799912345', message: 'Grüße 👋' };
    const sent: string[] = [];
    const recordBody = (received: unknown) => {
      sent.push(JSON.stringify(received));
      return true;
    };
    apiWith(OLD_TOKEN).post('/v2/sessions/sms', recordBody).reply(401);
    apiWith(NEW_TOKEN).post('/v2/sessions/sms', recordBody).reply(204);

    const client = sipgateIO({ token }, { baseUrl: BASE_URL, retry: 0 });
    await client.post('sessions/sms', body);

    expect(sent).toEqual([JSON.stringify(body), JSON.stringify(body)]);
    expect(calls).toEqual(['no argument', { rejectedToken: OLD_TOKEN }]);
  });

  it('sends the raw body bytes twice alike', async () => {
    const { token } = refreshingToken();
    const raw: string[] = [];
    nock(ORIGIN)
      .post('/v2/sessions/sms')
      .twice()
      .reply(function reply(_uri, requestBody) {
        raw.push(typeof requestBody === 'string' ? requestBody : JSON.stringify(requestBody));
        return raw.length === 1 ? [401] : [204];
      });

    await sipgateIO({ token }, { baseUrl: BASE_URL, retry: 0 }).post('sessions/sms', { message: 'ä' });

    expect(raw).toHaveLength(2);
    expect(raw[1]).toBe(raw[0]);
  });

  it('gives up after a second 401 with SipgateIOAuthenticationError, the function called exactly twice', async () => {
    const { token, calls } = refreshingToken();
    apiWith(OLD_TOKEN).get('/v2/users').reply(401);
    apiWith(NEW_TOKEN).get('/v2/users').reply(401);

    const client = sipgateIO({ token }, { baseUrl: BASE_URL, retry: 0 });
    const error = await client.get('users').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SipgateIOAuthenticationError);
    expect(calls).toHaveLength(2);
    const shown = `${String(error)} ${JSON.stringify(error)}`;
    expect(shown).not.toContain(OLD_TOKEN);
    expect(shown).not.toContain(NEW_TOKEN);
  });

  it('does not repeat a request sent with a static bearer token', async () => {
    apiWith(OLD_TOKEN).get('/v2/users').reply(401);

    const client = sipgateIO({ token: OLD_TOKEN }, { baseUrl: BASE_URL, retry: 0 });

    await expect(client.get('users')).rejects.toBeInstanceOf(SipgateIOAuthenticationError);
  });

  it('does not repeat a request sent with a personal access token', async () => {
    nock(ORIGIN).get('/v2/users').reply(401);

    const client = sipgateIO(
      { tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' },
      { baseUrl: BASE_URL, retry: 0 },
    );

    await expect(client.get('users')).rejects.toBeInstanceOf(SipgateIOAuthenticationError);
  });

  it('shows the repeat to the beforeRequest hook without the token', async () => {
    const { token } = refreshingToken();
    const events: RequestEvent[] = [];
    apiWith(OLD_TOKEN).get('/v2/users').reply(401);
    apiWith(NEW_TOKEN).get('/v2/users').reply(200, {});

    const client = sipgateIO(
      { token },
      { baseUrl: BASE_URL, retry: 0, hooks: { beforeRequest: (event) => void events.push(event) } },
    );
    await client.get('users');

    expect(events.map((event) => [event.retryCount, event.headers.authorization])).toEqual([
      [0, '[redacted]'],
      [1, '[redacted]'],
    ]);
    expect(JSON.stringify(events)).not.toContain(NEW_TOKEN.split('.')[1]);
  });

  it('passes a SipgateIOError thrown by the token function through unchanged', async () => {
    const thrown = new SipgateIOError('The refresh token was revoked');
    const client = sipgateIO(
      {
        token: () => {
          throw thrown;
        },
      },
      { baseUrl: BASE_URL },
    );

    await expect(client.get('users')).rejects.toBe(thrown);
  });

  it('passes a SipgateIOError thrown while refreshing through unchanged', async () => {
    const thrown = new SipgateIOError('The refresh token was revoked');
    const token: TokenProvider = (context) => {
      if (context?.rejectedToken) throw thrown;
      return OLD_TOKEN;
    };
    apiWith(OLD_TOKEN).get('/v2/users').reply(401);

    const client = sipgateIO({ token }, { baseUrl: BASE_URL, retry: 0 });

    await expect(client.get('users')).rejects.toBe(thrown);
  });
});
