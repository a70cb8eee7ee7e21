import { SipgateIOValidationError } from '@sipgateio/core';
import { WebhookErrorMessage } from './errors.js';
import { type AudioMetadata, describeAudioProblems, parseWavHeader } from './wav-header.js';

const HEADER_BYTES = 1024;
const DEFAULT_TIMEOUT = 5000;
const CACHE_TTL = 10 * 60 * 1000;
const CACHE_LIMIT = 200;

// Per URL, so a Play/Gather in every call does not download the file every time (the original did, with no
// timeout or size limit).
const cache = new Map<string, { expires: number; metadata: Promise<AudioMetadata> }>();

/** Options of {@link fetchAudioMetadata}. */
export interface AudioCheckOptions {
  /** Milliseconds before the download is abandoned. Default 5000. */
  timeout?: number;
  /** Skip the cache (still stores the fresh result). */
  refresh?: boolean;
}

function readError(url: string, reason: string, cause?: unknown): SipgateIOValidationError {
  return new SipgateIOValidationError(
    `Could not read the announcement audio at ${url}: ${reason}`,
    'announcement',
    {
      cause,
    },
  );
}

async function download(url: string, timeout: number): Promise<AudioMetadata> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { range: `bytes=0-${HEADER_BYTES - 1}` },
      signal: AbortSignal.timeout(timeout),
    });
  } catch (error) {
    const reason =
      (error as Error)?.name === 'TimeoutError'
        ? `no answer within ${timeout} ms`
        : String((error as Error)?.message ?? error);
    throw readError(url, reason, error);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw readError(url, `HTTP ${response.status}`);
  }
  // A server that ignores Range sends the whole file: read the first kilobyte and abort the rest.
  const header = new Uint8Array(HEADER_BYTES);
  let length = 0;
  const reader = response.body?.getReader();
  try {
    while (reader && length < HEADER_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      const take = Math.min(value.byteLength, HEADER_BYTES - length);
      header.set(value.subarray(0, take), length);
      length += take;
    }
  } catch (error) {
    throw readError(url, String((error as Error)?.message ?? error), error);
  } finally {
    await reader?.cancel().catch(() => undefined);
  }
  const range = /\/(\d+)\s*$/.exec(response.headers.get('content-range') ?? '');
  const contentLength = response.status === 200 ? Number(response.headers.get('content-length')) : Number.NaN;
  const totalSize = range ? Number(range[1]) : Number.isFinite(contentLength) ? contentLength : undefined;
  return parseWavHeader(header.subarray(0, length), totalSize);
}

/**
 * Reads the format of the audio file at `url` from its first kilobyte (Range request), cached per URL.
 * @throws {SipgateIOValidationError} (field `announcement`) when the file cannot be fetched in time.
 */
export function fetchAudioMetadata(url: string, options: AudioCheckOptions = {}): Promise<AudioMetadata> {
  const now = Date.now();
  const cached = cache.get(url);
  if (cached && cached.expires > now && !options.refresh) return cached.metadata;
  const metadata = download(url, options.timeout ?? DEFAULT_TIMEOUT);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(url, { expires: now + CACHE_TTL, metadata });
  // Failures are not cached: the next call tries again.
  metadata.catch(() => {
    if (cache.get(url)?.metadata === metadata) cache.delete(url);
  });
  return metadata;
}

/**
 * Checks that `url` is a 16 bit PCM WAVE file, mono, 8 kHz (what sipgate plays) and resolves its metadata.
 * @throws {SipgateIOValidationError} (field `announcement`) starting with the original's text, then
 * exactly what is wrong; or when the file cannot be fetched.
 */
export async function validateAnnouncementAudio(
  url: string,
  options?: AudioCheckOptions,
): Promise<AudioMetadata> {
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) {
    throw new SipgateIOValidationError(
      `Invalid announcement: expected an http(s) URL of a WAV file.`,
      'announcement',
    );
  }
  const metadata = await fetchAudioMetadata(url, options);
  const problems = describeAudioProblems(metadata);
  if (problems.length > 0) {
    throw new SipgateIOValidationError(
      `${WebhookErrorMessage.AUDIO_FORMAT_ERROR} Your file (${url}): ${problems.join(', ')}.`,
      'announcement',
    );
  }
  return metadata;
}

/** Empties the per-URL audio format cache (e.g. after replacing a file at the same URL). */
export function clearAudioCache(): void {
  cache.clear();
}
