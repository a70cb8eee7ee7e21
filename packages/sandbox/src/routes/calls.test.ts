import { describe, expect, it } from 'vitest';
import { call, pointers, startSandbox } from '../__fixtures__/harness.js';
import type { Sandbox } from '../sandbox.types.js';

async function startCall(sandbox: Sandbox): Promise<string> {
  const response = await call(sandbox, 'POST', '/sessions/calls', {
    body: { caller: 'e0', callee: '+4915799912345' },
  });
  return response.json.sessionId;
}

describe('RTCM /calls', () => {
  it('mutes, holds, records, announces, transfers and sends DTMF on an established call', async () => {
    const sandbox = await startSandbox();
    const callId = await startCall(sandbox);
    const steps: [string, string, unknown][] = [
      ['PUT', 'muted', { value: true }],
      ['PUT', 'hold', { value: true }],
      ['PUT', 'recording', { value: true, announcement: false }],
      ['POST', 'announcements', { url: 'https://example.com/hello.wav' }],
      ['POST', 'transfer', { attended: false, phoneNumber: '+4930123456789' }],
      ['POST', 'dtmf', { sequence: '*12#A' }],
    ];
    for (const [method, action, body] of steps) {
      expect((await call(sandbox, method, `/calls/${callId}/${action}`, { body })).status).toBe(204);
    }
    const { json } = await call(sandbox, 'GET', '/calls');
    expect(json.data[0]).toMatchObject({ callId, muted: true, hold: true, recording: true });
    expect(json.data[0].participants[0]).toMatchObject({ owner: true, muted: true, hold: true });
    expect(sandbox.state.calls[0]).toMatchObject({
      announcements: ['https://example.com/hello.wav'],
      transfers: [{ attended: false, phoneNumber: '+4930123456789' }],
      dtmf: ['*12#A'],
      recordingAnnouncement: false,
    });
  });

  it('DELETE hangs up: the call leaves GET /calls and appears in the history', async () => {
    const sandbox = await startSandbox();
    const callId = await startCall(sandbox);
    expect((await call(sandbox, 'DELETE', `/calls/${callId}`)).status).toBe(204);
    expect((await call(sandbox, 'GET', '/calls')).json).toEqual({ data: [] });
    expect(sandbox.state.calls[0]?.status).toBe('ended');
    const history = await call(sandbox, 'GET', '/history', { query: { types: 'CALL', limit: 1 } });
    expect(history.json.items[0]).toMatchObject({
      type: 'CALL',
      callId,
      callStatus: 'SUCCESS',
      target: '+4915799912345',
    });
    expect((await call(sandbox, 'DELETE', `/calls/${callId}`)).status).toBe(404);
  });

  it.each([
    ['PUT', 'muted', { value: true }],
    ['PUT', 'hold', { value: false }],
    ['PUT', 'recording', { value: true, announcement: true }],
    ['POST', 'announcements', { url: 'https://example.com/a.wav' }],
    ['POST', 'transfer', { attended: true, phoneNumber: '+4930123456789' }],
    ['POST', 'dtmf', { sequence: '1' }],
  ])('%s /calls/{unknown}/%s answers 404', async (method, action, body) => {
    const sandbox = await startSandbox();
    const response = await call(sandbox, method, `/calls/UNKNOWN/${action}`, { body });
    expect(response.status).toBe(404);
    expect(response.json.errors[0].detail).toBe('Call not found');
  });

  it('DELETE /calls/{unknown} answers 404', async () => {
    const sandbox = await startSandbox();
    expect((await call(sandbox, 'DELETE', '/calls/UNKNOWN')).status).toBe(404);
  });

  it.each([
    ['PUT', 'muted', {}, ['/value']],
    ['PUT', 'hold', { value: 'yes' }, ['/value']],
    ['PUT', 'recording', { value: true }, ['/announcement']],
    ['POST', 'announcements', { url: 'ftp://example.com/a.wav' }, ['/url']],
    ['POST', 'transfer', { phoneNumber: 'x' }, ['/attended', '/phoneNumber']],
    ['POST', 'dtmf', { sequence: '12E' }, ['/sequence']],
    ['POST', 'dtmf', { sequence: 'a' }, ['/sequence']],
  ])('%s %s answers 400 for %o', async (method, action, body, expected) => {
    const sandbox = await startSandbox();
    const callId = await startCall(sandbox);
    const response = await call(sandbox, method, `/calls/${callId}/${action}`, { body });
    expect(response.status).toBe(400);
    expect(pointers(response.json)).toEqual(expected);
  });
});
