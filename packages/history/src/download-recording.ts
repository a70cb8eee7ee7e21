import { type SipgateIODownload, type SipgateIORestClient, SipgateIOValidationError } from '@sipgateio/core';
import type { DownloadRecordingOptions } from './history.types.js';

function recordingUrlOf(entry: unknown, recordingId: string | undefined): string {
  const { type, recordingUrl, recordings } = (entry ?? {}) as Record<string, unknown>;
  if (type === 'VOICEMAIL') {
    if (typeof recordingUrl === 'string' && recordingUrl !== '') return recordingUrl;
    throw new SipgateIOValidationError('This voicemail entry has no recordingUrl', 'entry.recordingUrl');
  }
  if (type !== 'CALL') {
    throw new SipgateIOValidationError(
      `Only CALL and VOICEMAIL entries have recordings, got ${String(type)}`,
      'entry.type',
    );
  }
  const list = Array.isArray(recordings) ? (recordings as { id?: unknown; url?: unknown }[]) : [];
  const recording =
    recordingId === undefined ? list[0] : list.find((candidate) => candidate?.id === recordingId);
  if (typeof recording?.url === 'string' && recording.url !== '') return recording.url;
  throw new SipgateIOValidationError(
    recordingId === undefined
      ? 'This call entry has no recordings'
      : `This call entry has no recording ${recordingId}`,
    'entry.recordings',
  );
}

/**
 * Fetches the recording of a voicemail or call history entry with the client's credentials.
 * @throws {SipgateIOValidationError} naming `entry.type`, `entry.recordingUrl` or `entry.recordings` before any request.
 */
export async function downloadRecording(
  client: SipgateIORestClient,
  entry: unknown,
  options: DownloadRecordingOptions = {},
): Promise<SipgateIODownload> {
  const { recordingId, ...downloadOptions } = options;
  return client.download(recordingUrlOf(entry, recordingId), downloadOptions);
}
