import { type SipgateIODownload, type SipgateIORestClient, SipgateIOValidationError } from '@sipgateio/core';
import type { DownloadFaxDocumentOptions } from './fax.types.js';

/**
 * Fetches the PDF of a fax history entry (`documentUrl`, or `reportUrl` with `{ report: true }`) with the
 * client's credentials.
 * @throws {SipgateIOValidationError} naming `entry.documentUrl` or `entry.reportUrl` when the entry has none,
 *   before any request.
 */
export async function downloadFaxDocument(
  client: SipgateIORestClient,
  entry: unknown,
  options: DownloadFaxDocumentOptions = {},
): Promise<SipgateIODownload> {
  const { report = false, ...downloadOptions } = options;
  const field = report ? 'reportUrl' : 'documentUrl';
  const url = (entry as Record<string, unknown> | null | undefined)?.[field];
  if (typeof url !== 'string' || url === '') {
    throw new SipgateIOValidationError(`This fax entry has no ${field}`, `entry.${field}`);
  }
  return client.download(url, downloadOptions);
}
