import { describe, expect, it } from 'vitest';
import { call, pointers, startSandbox } from '../__fixtures__/harness.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type /Page>>endobj\n%%EOF\n').toString('base64');

describe('fax lines', () => {
  it('creates a fax line that is listed, renamed, tagged and deleted', async () => {
    const sandbox = await startSandbox();
    const created = await call(sandbox, 'POST', '/w0/faxlines');
    expect(created).toMatchObject({ status: 200, json: { id: 'f1', canSend: true, canReceive: true } });
    expect((await call(sandbox, 'PUT', '/w0/faxlines/f1', { body: { alias: 'Invoices' } })).status).toBe(204);
    expect(
      (await call(sandbox, 'PUT', '/w0/faxlines/f1/tagline', { body: { value: 'Ada Ltd' } })).status,
    ).toBe(204);
    const listed = await call(sandbox, 'GET', '/w0/faxlines');
    expect(listed.json.items[1]).toEqual({
      id: 'f1',
      alias: 'Invoices',
      tagline: 'Ada Ltd',
      canSend: true,
      canReceive: true,
    });
    expect((await call(sandbox, 'DELETE', '/w0/faxlines/f1')).status).toBe(204);
    expect(
      (await call(sandbox, 'GET', '/w0/faxlines')).json.items.map((line: { id: string }) => line.id),
    ).toEqual(['f0']);
    expect((await call(sandbox, 'DELETE', '/w0/faxlines/f1')).status).toBe(404);
  });

  it('reads and sets the caller id; refuses numbers that are not the account’s', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'GET', '/w0/faxlines/f0/callerid')).json).toEqual({
      value: '+4921100000099',
    });
    const set = await call(sandbox, 'PUT', '/w0/faxlines/f0/callerid', { body: { value: '+4921100000000' } });
    expect(set.status).toBe(204);
    expect((await call(sandbox, 'GET', '/w0/faxlines/f0/callerid')).json).toEqual({
      value: '+4921100000000',
    });
    const foreign = await call(sandbox, 'PUT', '/w0/faxlines/f0/callerid', {
      body: { value: '+4930123456' },
    });
    expect(foreign.status).toBe(403);
    const invalid = await call(sandbox, 'PUT', '/w0/faxlines/f0/callerid', { body: { value: 'fax' } });
    expect(pointers(invalid.json)).toEqual(['/value']);
  });

  it('lists the numbers routed to f0', async () => {
    const sandbox = await startSandbox();
    const { json } = await call(sandbox, 'GET', '/w0/faxlines/f0/numbers');
    expect(json.items.map((number: { number: string }) => number.number)).toEqual(['+4921100000099']);
  });

  it.each([
    ['PUT', '/w0/faxlines/f0', { alias: '' }, '/alias'],
    ['PUT', '/w0/faxlines/f0/tagline', { value: 'x'.repeat(101) }, '/value'],
  ])('%s %s refuses %o with 400', async (method, path, body, pointer) => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, method, path, { body });
    expect(response.status).toBe(400);
    expect(pointers(response.json)).toEqual([pointer]);
  });

  it.each(['/w0/faxlines/f9', '/w9/faxlines/f0'])('PUT %s answers 404', async (path) => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'PUT', path, { body: { alias: 'Fax' } })).status).toBe(404);
  });
});

describe('POST /sessions/fax/resend', () => {
  it('sends a sent fax again as a new fax with its own history entry', async () => {
    const sandbox = await startSandbox({ fax: { pendingMs: 10, sendingMs: 10 } });
    const sent = await call(sandbox, 'POST', '/sessions/fax', {
      body: { faxlineId: 'f0', recipient: '+4921100000001', filename: 'a.pdf', base64Content: PDF },
    });
    const resent = await call(sandbox, 'POST', '/sessions/fax/resend', {
      body: { faxId: sent.json.sessionId },
    });
    expect(resent.status).toBe(204);
    expect(sandbox.state.faxes).toHaveLength(2);
    expect(sandbox.state.faxes[1]).toMatchObject({
      faxlineId: 'f0',
      recipient: '+4921100000001',
      filename: 'a.pdf',
    });
    expect(sandbox.state.faxes[1]?.id).not.toBe(sent.json.sessionId);
    expect(sandbox.state.history[0]).toMatchObject({ id: sandbox.state.faxes[1]?.id, type: 'FAX' });
  });

  it('answers 404 for an unknown fax, 403 for a line that cannot send and 400 without faxId', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'POST', '/sessions/fax/resend', { body: { faxId: 'nope' } })).status).toBe(
      404,
    );
    const sent = await call(sandbox, 'POST', '/sessions/fax', {
      body: { faxlineId: 'f0', recipient: '+4921100000001', filename: 'a.pdf', base64Content: PDF },
    });
    const otherLine = await call(sandbox, 'POST', '/sessions/fax/resend', {
      body: { faxId: sent.json.sessionId, faxlineId: 'f7' },
    });
    expect(otherLine.status).toBe(403);
    const missing = await call(sandbox, 'POST', '/sessions/fax/resend', { body: {} });
    expect(pointers(missing.json)).toEqual(['/faxId']);
  });
});
