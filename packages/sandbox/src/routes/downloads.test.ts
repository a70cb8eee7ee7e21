import { describe, expect, it } from 'vitest';
import { basicAuth, startSandbox } from '../__fixtures__/harness.js';
import { onePagePdf, silentWav } from './downloads.js';

describe('files history entries link to', () => {
  it('serves a valid WAV for voicemail and call recordings, with the credentials only', async () => {
    const sandbox = await startSandbox({ historySize: 60 });
    const voicemail = sandbox.state.history.find((entry) => entry.type === 'VOICEMAIL');
    const url = voicemail?.recordingUrl as string;
    expect(url.startsWith(`${sandbox.url.replace(/\/v2$/, '')}/files/voicemails/`)).toBe(true);

    const response = await fetch(url, { headers: { Authorization: basicAuth(sandbox) } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/wav');
    const wav = Buffer.from(await response.arrayBuffer());
    expect(wav).toEqual(silentWav());
    expect(wav.toString('latin1', 0, 4)).toBe('RIFF');
    expect(wav.toString('latin1', 8, 16)).toBe('WAVEfmt ');
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
    expect(wav.readUInt32LE(40)).toBe(wav.length - 44);

    expect((await fetch(url)).status).toBe(401);
    const recorded = sandbox.state.history.find(
      (entry) => entry.type === 'CALL' && (entry.recordings as unknown[]).length > 0,
    );
    const recording = (recorded?.recordings as { url: string }[] | undefined)?.[0]?.url as string;
    const call = await fetch(recording, { headers: { Authorization: basicAuth(sandbox) } });
    expect(call.headers.get('content-type')).toBe('audio/wav');
  });

  it('serves a PDF with a correct cross-reference table for fax documents and reports', async () => {
    const sandbox = await startSandbox();
    const fax = sandbox.state.history.find((entry) => entry.type === 'FAX');
    for (const field of ['documentUrl', 'reportUrl'] as const) {
      const response = await fetch(fax?.[field] as string, {
        headers: { Authorization: basicAuth(sandbox) },
      });
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const pdf = Buffer.from(await response.arrayBuffer()).toString('latin1');
      expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
      expect(pdf.endsWith('%%EOF\n')).toBe(true);
      const startxref = Number(/startxref\n(\d+)\n/.exec(pdf)?.[1]);
      expect(pdf.slice(startxref, startxref + 4)).toBe('xref');
      const offsets = [...pdf.matchAll(/(\d{10}) 00000 n \n/g)].map((match) => Number(match[1]));
      expect(offsets).toHaveLength(5);
      offsets.forEach((offset, index) => {
        expect(pdf.slice(offset).startsWith(`${index + 1} 0 obj`)).toBe(true);
      });
    }
  });

  it('answers 404 for a file it does not have and 405 for other methods', async () => {
    const sandbox = await startSandbox();
    const origin = sandbox.url.replace(/\/v2$/, '');
    const headers = { Authorization: basicAuth(sandbox) };
    expect((await fetch(`${origin}/files/faxes/1.wav`, { headers })).status).toBe(404);
    expect((await fetch(`${origin}/files/faxes/1.pdf`, { method: 'DELETE', headers })).status).toBe(405);
  });

  it('builds a PDF whose text is the given line', () => {
    expect(onePagePdf('Fax (1)').toString('latin1')).toContain('(Fax 1) Tj');
  });
});
