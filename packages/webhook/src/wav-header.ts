/**
 * What the first bytes of an audio file say about its format. Our own parser, not music-metadata (which
 * the original used): sipgate only plays one format, and checking it needs the RIFF/fmt header alone,
 * which arrives in the first kilobyte of a Range request; a general metadata library wants the stream.
 */
export interface AudioMetadata {
  /** `WAVE`, or what the file looks like instead (`MPEG`, `Ogg`, `FLAC`, `unknown`). */
  container: string;
  /** `PCM`, `IEEE_FLOAT`, `A-law`, `mu-law` or `format 0x…` (WAVE only). */
  codec?: string;
  bitsPerSample?: number;
  sampleRate?: number;
  numberOfChannels?: number;
  /** Seconds, from the data chunk size (or the file size) and the byte rate; undefined when unknown. */
  duration?: number;
}

const CODECS: Record<number, string> = { 1: 'PCM', 3: 'IEEE_FLOAT', 6: 'A-law', 7: 'mu-law' };
const WAVE_FORMAT_EXTENSIBLE = 0xfffe;

function ascii(bytes: Uint8Array, offset: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}

function guessContainer(bytes: Uint8Array): string {
  const start = ascii(bytes, 0, 4);
  if (start.startsWith('ID3') || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0)) return 'MPEG';
  if (start === 'OggS') return 'Ogg';
  if (start === 'fLaC') return 'FLAC';
  if (start === 'RIFF') return `RIFF ${ascii(bytes, 8, 4).trim() || 'unknown'}`;
  return 'unknown';
}

/**
 * Reads the RIFF/WAVE header from the first bytes of a file.
 * @param totalSize the whole file's size when known (e.g. from Content-Range), for the duration when the
 * data chunk header lies beyond the bytes read.
 */
export function parseWavHeader(bytes: Uint8Array, totalSize?: number): AudioMetadata {
  if (bytes.length < 12 || ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 4) !== 'WAVE') {
    return { container: guessContainer(bytes) };
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const metadata: AudioMetadata = { container: 'WAVE' };
  let byteRate = 0;
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = ascii(bytes, offset, 4);
    const size = view.getUint32(offset + 4, true);
    const dataStart = offset + 8;
    if (id === 'fmt ' && dataStart + 16 <= bytes.length) {
      let format = view.getUint16(dataStart, true);
      if (format === WAVE_FORMAT_EXTENSIBLE && size >= 26 && dataStart + 26 <= bytes.length) {
        // The real format is the first two bytes of the SubFormat GUID.
        format = view.getUint16(dataStart + 24, true);
      }
      metadata.codec = CODECS[format] ?? `format 0x${format.toString(16).padStart(4, '0')}`;
      metadata.numberOfChannels = view.getUint16(dataStart + 2, true);
      metadata.sampleRate = view.getUint32(dataStart + 4, true);
      byteRate = view.getUint32(dataStart + 8, true);
      metadata.bitsPerSample = view.getUint16(dataStart + 14, true);
    } else if (id === 'data') {
      if (byteRate > 0) metadata.duration = size / byteRate;
      return metadata;
    }
    // Chunks are word-aligned: an odd size is followed by a pad byte.
    offset = dataStart + size + (size % 2);
  }
  if (byteRate > 0 && totalSize !== undefined) metadata.duration = Math.max(0, totalSize - 44) / byteRate;
  return metadata;
}

/** What is wrong with `metadata` for sipgate (16 bit PCM WAVE, mono, 8 kHz), or an empty list. */
export function describeAudioProblems(metadata: AudioMetadata): string[] {
  if (metadata.container !== 'WAVE') return [`container is ${metadata.container} (expected WAVE)`];
  const problems: string[] = [];
  if (metadata.codec === undefined) return ['no fmt chunk in the first kilobyte of the WAVE file'];
  if (metadata.codec !== 'PCM') problems.push(`codec is ${metadata.codec} (expected PCM)`);
  if (metadata.bitsPerSample !== 16) problems.push(`${metadata.bitsPerSample} bits per sample (expected 16)`);
  if (metadata.sampleRate !== 8000)
    problems.push(`sample rate is ${metadata.sampleRate} Hz (expected 8000 Hz)`);
  if (metadata.numberOfChannels !== 1) problems.push(`${metadata.numberOfChannels} channels (expected 1)`);
  return problems;
}
