import type { DownloadOptions, SipgateIODownload } from '@sipgateio/core';
import type { FaxlineManagement } from './faxlines.types.js';

/** Fax transmission states as the history reports them (`faxStatusType`). */
export const FaxStatus = {
  SENT: 'SENT',
  PENDING: 'PENDING',
  FAILED: 'FAILED',
  SENDING: 'SENDING',
  SCHEDULED: 'SCHEDULED',
} as const;

/** One of the {@link FaxStatus} values. */
export type FaxStatus = (typeof FaxStatus)[keyof typeof FaxStatus];

/**
 * PDF bytes in any form browsers and Node have: `Uint8Array` (Node's `Buffer` is one), any other typed-array
 * view, `ArrayBuffer` or `Blob` (e.g. a `File` from an `<input type="file">`).
 */
export type FaxFileContent = Uint8Array | ArrayBufferView | ArrayBuffer | Blob;

/** A fax to send. */
export interface Fax {
  /** Recipient fax number (sent in E.164 form). */
  to: string;
  /** The PDF document. */
  fileContent: FaxFileContent;
  /** Document name shown in the history. Default: `Fax_YYYYMMDD_HHMM` (UTC time of sending). */
  filename?: string;
  /** The fax line to send from, e.g. `f0` (see `getFaxlines`). */
  faxlineId: string;
}

/** What `POST /sessions/fax` answers: the fax's id, also its history entry id. */
export interface SendFaxSessionResponse {
  sessionId: string;
}

/** Per-call options of {@link FaxModule.send}. */
export interface SendFaxOptions {
  /** Aborts the upload. */
  signal?: AbortSignal;
  /** Milliseconds for the upload; overrides the client's timeout (large files on slow links need more). */
  timeout?: number;
}

/** A fax line of a web user (`GET /{webuserId}/faxlines` → `items`). */
export interface Faxline {
  id: string;
  alias: string;
  tagline: string;
  canSend: boolean;
  canReceive: boolean;
}

/** Options of {@link FaxModule.waitForFaxStatus}. */
export interface WaitForFaxStatusOptions {
  /** Milliseconds to wait in total before rejecting with `FaxStatusTimeoutError`. Default 600000 (10 min). */
  timeout?: number;
  /** Milliseconds between two status requests. Default 5000. */
  interval?: number;
  /** Stops waiting (and any request in flight) with `SipgateIOAbortError`. */
  signal?: AbortSignal;
}

/** Options of {@link FaxModule.downloadDocument}. */
export interface DownloadFaxDocumentOptions extends Pick<DownloadOptions, 'signal' | 'timeout'> {
  /** Fetch the transmission report (`reportUrl`) instead of the fax itself (`documentUrl`). */
  report?: boolean;
}

/** The fax functions returned by `createFaxModule`. */
export interface FaxModule extends FaxlineManagement {
  /** Sends a PDF as a fax; resolves once sipgate queued it (watch its status with `getFaxStatus`). */
  send(fax: Fax, options?: SendFaxOptions): Promise<SendFaxSessionResponse>;
  /** Reads the transmission state of a sent fax from its history entry. */
  getFaxStatus(sessionId: string): Promise<FaxStatus>;
  /** Polls the status until it is `SENT` or `FAILED` and resolves with that status. */
  waitForFaxStatus(sessionId: string, options?: WaitForFaxStatusOptions): Promise<FaxStatus>;
  /** Lists the fax lines of the web user the credentials belong to. */
  getFaxlines(): Promise<Faxline[]>;
  /** Lists the fax lines of the given web user (`w0`, …). */
  getFaxlinesByWebUser(webuserId: string): Promise<Faxline[]>;
  /**
   * Fetches the PDF of a sent or received fax from its history entry (`documentUrl`), or its transmission
   * report (`reportUrl`) with `{ report: true }`, with the client's credentials (sent only when the URL is on
   * the API's origin); read the answer once with `bytes()` or `stream()`.
   * @throws {SipgateIOValidationError} naming `entry.documentUrl` or `entry.reportUrl` when the entry has none,
   *   before any request.
   * @throws {SipgateIONotFoundError} when the document is gone; other statuses with core's class.
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  downloadDocument(
    entry: { documentUrl: string; reportUrl?: string },
    options?: DownloadFaxDocumentOptions,
  ): Promise<SipgateIODownload>;
}
