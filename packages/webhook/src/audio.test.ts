import { afterEach, describe, expect, it } from 'vitest';
import { clearAudioCache, fetchAudioMetadata, validateAnnouncementAudio } from './audio.js';
import { makeWav, startFileServer } from './test-helpers.js';
import { describeAudioProblems, parseWavHeader } from './wav-header.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
  clearAudioCache();
});

async function serve(files: Record<string, Uint8Array>, options?: Parameters<typeof startFileServer>[1]) {
  const server = await startFileServer(files, options);
  cleanups.push(server.close);
  return server;
}

describe('parseWavHeader', () => {
  it('reads a 16 bit PCM mono 8 kHz file with its duration', () => {
    expect(parseWavHeader(makeWav({ seconds: 2 }))).toEqual({
      container: 'WAVE',
      codec: 'PCM',
      bitsPerSample: 16,
      sampleRate: 8000,
      numberOfChannels: 1,
      duration: 2,
    });
  });

  it('skips chunks before data (LIST, odd sizes padded)', () => {
    expect(parseWavHeader(makeWav({ extraChunk: 33, seconds: 0.5 }))).toMatchObject({
      codec: 'PCM',
      duration: 0.5,
    });
  });

  it('falls back to the file size when the data chunk lies beyond the bytes read', () => {
    const wav = makeWav({ extraChunk: 2000, seconds: 1 });
    const metadata = parseWavHeader(wav.subarray(0, 1024), wav.length);
    expect(metadata.codec).toBe('PCM');
    expect(metadata.duration).toBeCloseTo(1.125, 1);
  });

  it('reads WAVE_FORMAT_EXTENSIBLE sub formats from the GUID, and a short fmt chunk as the raw tag', () => {
    const short = Buffer.from(makeWav());
    short.writeUInt16LE(0xfffe, 20);
    expect(parseWavHeader(short).codec).toBe('format 0xfffe');

    const fmt = Buffer.alloc(40);
    fmt.writeUInt16LE(0xfffe, 0);
    fmt.writeUInt16LE(1, 2);
    fmt.writeUInt32LE(8000, 4);
    fmt.writeUInt32LE(16000, 8);
    fmt.writeUInt16LE(2, 12);
    fmt.writeUInt16LE(16, 14);
    fmt.writeUInt16LE(22, 16);
    fmt.writeUInt16LE(1, 24); // SubFormat GUID starts with the PCM tag
    const header = Buffer.concat([
      Buffer.from('RIFF\0\0\0\0WAVEfmt ', 'latin1'),
      Buffer.from([40, 0, 0, 0]),
      fmt,
      Buffer.from('data', 'latin1'),
      Buffer.from([0x80, 0x3e, 0, 0]),
    ]);
    expect(parseWavHeader(header)).toEqual({
      container: 'WAVE',
      codec: 'PCM',
      bitsPerSample: 16,
      sampleRate: 8000,
      numberOfChannels: 1,
      duration: 1,
    });
  });

  it.each([
    [new Uint8Array([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]), 'MPEG'],
    [new TextEncoder().encode('OggS\0\0\0\0\0\0\0\0'), 'Ogg'],
    [new TextEncoder().encode('fLaC\0\0\0\0\0\0\0\0'), 'FLAC'],
    [new TextEncoder().encode('RIFF\0\0\0\0AVI LIST'), 'RIFF AVI'],
    [new TextEncoder().encode('<html>'), 'unknown'],
  ])('names the container of non-WAVE files (%#: %s)', (bytes, container) => {
    expect(parseWavHeader(bytes)).toEqual({ container });
  });

  it('lists exactly what is wrong', () => {
    const problems = describeAudioProblems(
      parseWavHeader(makeWav({ format: 3, bitsPerSample: 32, sampleRate: 44100, channels: 2 })),
    );
    expect(problems).toEqual([
      'codec is IEEE_FLOAT (expected PCM)',
      '32 bits per sample (expected 16)',
      'sample rate is 44100 Hz (expected 8000 Hz)',
      '2 channels (expected 1)',
    ]);
  });
});

describe('validateAnnouncementAudio', () => {
  it('accepts a valid file with a Range request for the first kilobyte', async () => {
    const files = await serve({ '/ok.wav': makeWav({ seconds: 3 }) });
    await expect(validateAnnouncementAudio(`${files.baseUrl}/ok.wav`)).resolves.toMatchObject({
      duration: 3,
    });
    expect(files.requests).toEqual([{ path: '/ok.wav', range: 'bytes=0-1023' }]);
  });

  it("starts with the original's message, then says what is wrong", async () => {
    const files = await serve({ '/stereo.wav': makeWav({ channels: 2, sampleRate: 16000 }) });
    const url = `${files.baseUrl}/stereo.wav`;
    await expect(validateAnnouncementAudio(url)).rejects.toMatchObject({
      name: 'SipgateIOValidationError',
      field: 'announcement',
      message: `Invalid audio format. Please use 16bit PCM WAVE mono audio at 8kHz. Your file (${url}): sample rate is 16000 Hz (expected 8000 Hz), 2 channels (expected 1).`,
    });
  });

  it('reports an MP3 as the wrong container', async () => {
    const files = await serve({ '/a.mp3': new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0, 0, 0]) });
    await expect(validateAnnouncementAudio(`${files.baseUrl}/a.mp3`)).rejects.toThrow(
      /container is MPEG \(expected WAVE\)/,
    );
  });

  it('reports HTTP errors and does not cache failures', async () => {
    const files = await serve({});
    const url = `${files.baseUrl}/missing.wav`;
    await expect(validateAnnouncementAudio(url)).rejects.toThrow(
      `Could not read the announcement audio at ${url}: HTTP 404`,
    );
    await expect(validateAnnouncementAudio(url)).rejects.toThrow(/HTTP 404/);
    expect(files.requests).toHaveLength(2);
  });

  it('refetches with refresh and after clearAudioCache', async () => {
    const files = await serve({ '/ok.wav': makeWav() });
    const url = `${files.baseUrl}/ok.wav`;
    await fetchAudioMetadata(url);
    await fetchAudioMetadata(url, { refresh: true });
    clearAudioCache();
    await fetchAudioMetadata(url);
    expect(files.requests).toHaveLength(3);
  });

  it('rejects a non-http announcement before fetching', async () => {
    await expect(validateAnnouncementAudio('file:///etc/passwd')).rejects.toMatchObject({
      field: 'announcement',
    });
  });
});
