import { api, createTestClient, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { SipgateIOOutcomeUnknownError } from './errors.js';

setupNock();

describe('client', () => {
  it('joins paths with and without a leading slash under /v2', async () => {
    api()
      .get('/v2/contacts')
      .query({ id: ['a', 'b'] })
      .reply(200, { ok: 1 });
    api().get('/v2/contacts').reply(200, { ok: 2 });
    const client = createTestClient();
    expect(await client.get('contacts', { params: { id: ['a', 'b'], skip: undefined } })).toEqual({ ok: 1 });
    expect(await client.get('/contacts')).toEqual({ ok: 2 });
  });

  it('retries a GET after two 503s', async () => {
    api().get('/v2/history').times(2).reply(503).get('/v2/history').reply(200, { items: [] });
    const client = createTestClient({ retry: 2 });
    expect(await client.get('/history')).toEqual({ items: [] });
  });

  it('sends a POST exactly once after a 503', async () => {
    api().post('/v2/sessions/sms', { a: 1 }).once().reply(503);
    const client = createTestClient({ retry: 2 });
    await expect(client.post('/sessions/sms', { a: 1 })).rejects.toMatchObject({ status: 503 });
  });

  it('reports an unknown outcome when a POST times out', async () => {
    api().post('/v2/sessions/sms').delay(500).reply(200);
    const client = createTestClient({ retry: 2, timeout: 100 });
    const error = await client
      .post('/sessions/sms', {}, { outcomeSubject: 'the SMS' })
      .catch((error: unknown) => error);
    expect(error).toBeInstanceOf(SipgateIOOutcomeUnknownError);
    expect((error as Error).message).toContain('the SMS may or may not have been sent');
  });
});
