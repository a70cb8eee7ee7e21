import { describe, expect, it, vi } from 'vitest';
import { adaptClient, isOwnClient } from './adapt-client.js';
import { sipgateIO } from './client.js';
import type { SipgateIOClient } from './client.types.js';
import { SipgateIOHttpError, SipgateIONotFoundError } from './errors.js';

// These tests are about users' mock clients (written for the original SDK), so vi.fn is the subject here.
function mockClient(): SipgateIOClient {
  return {
    get: vi.fn().mockResolvedValue({ ok: true }),
    post: vi.fn().mockResolvedValue({ ok: true }),
    put: vi.fn().mockResolvedValue({ ok: true }),
    patch: vi.fn().mockResolvedValue({ ok: true }),
    delete: vi.fn().mockResolvedValue({ ok: true }),
    getAuthenticatedWebuserId: vi.fn().mockResolvedValue('w0'),
    getWebUsers: vi.fn().mockResolvedValue([]),
  } as unknown as SipgateIOClient;
}

describe('adaptClient', () => {
  it('returns our own client unchanged', () => {
    const own = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });
    expect(isOwnClient(own)).toBe(true);
    expect(adaptClient(own)).toBe(own);
    expect(isOwnClient({ ...own })).toBe(false);
  });

  it('passes the path as given and no options argument without query parameters', async () => {
    const mock = mockClient();
    const client = adaptClient(mock);
    await client.get('w0/faxlines', { errorMessages: { 404: 'x' }, signal: new AbortController().signal });
    await client.put('history/3', { note: 'n' }, { errorMessages: { 404: 'x' } });
    await client.delete('/history', { params: { id: ['1', '2'] } });
    expect(mock.get).toHaveBeenCalledWith('w0/faxlines');
    expect((mock.get as ReturnType<typeof vi.fn>).mock.calls[0]).toHaveLength(1);
    expect((mock.put as ReturnType<typeof vi.fn>).mock.calls[0]).toEqual(['history/3', { note: 'n' }]);
    expect((mock.delete as ReturnType<typeof vi.fn>).mock.calls[0]).toEqual([
      '/history',
      { params: { id: ['1', '2'] } },
    ]);
  });

  it('looks methods up on every call (mocks assigned after the module was created)', async () => {
    const mock = {} as SipgateIOClient;
    const client = adaptClient(mock);
    mock.get = vi.fn().mockResolvedValue(7) as SipgateIOClient['get'];
    await expect(client.get('numbers')).resolves.toBe(7);
  });

  it('turns a JSON Blob and self-serialising values into a plain object body', async () => {
    const mock = mockClient();
    const client = adaptClient(mock);
    await client.post(
      '/sessions/fax',
      new Blob(['{"faxlineId":"f0","base64Content":"JVBERg=="}'], { type: 'application/json' }),
    );
    await client.post('/sessions/fax', { faxlineId: 'f0', base64Content: { toJSON: () => 'JVBERg==' } });
    const calls = (mock.post as ReturnType<typeof vi.fn>).mock.calls;
    expect(calls[0]).toEqual(['/sessions/fax', { faxlineId: 'f0', base64Content: 'JVBERg==' }]);
    expect(calls[1]).toEqual(['/sessions/fax', { faxlineId: 'f0', base64Content: 'JVBERg==' }]);
  });

  it.each([
    [404, { 404: 'Fax was not found' }, 'Fax was not found', SipgateIONotFoundError],
    [402, { 402: 'Insufficient funds' }, 'Insufficient funds', SipgateIOHttpError],
    [403, {}, 'Forbidden', SipgateIOHttpError],
    [401, {}, 'Unauthorized', SipgateIOHttpError],
  ])(
    'maps a rejection with status %i to a typed error with the original message',
    async (status, messages, message, type) => {
      const mock = mockClient();
      (mock.get as ReturnType<typeof vi.fn>).mockRejectedValueOnce({
        response: { status, data: { reason: 'r' } },
      });
      const error = await adaptClient(mock, messages)
        .get('history/3')
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(type);
      expect(error).toMatchObject({
        message,
        status,
        body: { reason: 'r' },
        method: 'GET',
        path: 'history/3',
      });
    },
  );

  it('rejects with the TypeError the original gave when the mock has no such method', async () => {
    const mock = { get: vi.fn().mockResolvedValue({}) } as unknown as SipgateIOClient;
    const client = adaptClient(mock);
    await expect(client.put('settings/sipgateio', {})).rejects.toThrow(
      new TypeError('client.put is not a function'),
    );
    await expect(client.get('settings/sipgateio')).resolves.toEqual({});
  });

  it('passes other rejections through unchanged', async () => {
    const mock = mockClient();
    const original = new Error('boom');
    (mock.get as ReturnType<typeof vi.fn>).mockRejectedValueOnce(original);
    await expect(adaptClient(mock).get('x')).rejects.toBe(original);
  });
});
