import type { DownloadOptions, Pagination, SipgateIODownload } from '@sipgateio/core';

/** Kind of a history entry. */
export const HistoryEntryType = {
  CALL: 'CALL',
  VOICEMAIL: 'VOICEMAIL',
  SMS: 'SMS',
  FAX: 'FAX',
} as const;
/** Kind of a history entry. */
export type HistoryEntryType = (typeof HistoryEntryType)[keyof typeof HistoryEntryType];

/** Direction of a history entry, seen from the account. */
export const HistoryDirection = {
  INCOMING: 'INCOMING',
  OUTGOING: 'OUTGOING',
  MISSED_INCOMING: 'MISSED_INCOMING',
  MISSED_OUTGOING: 'MISSED_OUTGOING',
} as const;
/** Direction of a history entry, seen from the account. */
export type HistoryDirection = (typeof HistoryDirection)[keyof typeof HistoryDirection];

/**
 * Legacy values of the `starred` filter.
 * @deprecated Pass `starred: true` or `starred: false` instead.
 */
export const Starred = {
  STARRED: 'STARRED',
  UNSTARRED: 'UNSTARRED',
} as const;
/**
 * Legacy values of the `starred` filter.
 * @deprecated Pass `starred: true` or `starred: false` instead.
 */
export type Starred = (typeof Starred)[keyof typeof Starred];

/** Delivery state of a fax. */
export const FaxStatusType = {
  PENDING: 'PENDING',
  SENDING: 'SENDING',
  FAILED: 'FAILED',
  SENT: 'SENT',
  SCHEDULED: 'SCHEDULED',
} as const;
/** Delivery state of a fax. */
export type FaxStatusType = (typeof FaxStatusType)[keyof typeof FaxStatusType];

/** How a call ended. */
export const CallStatusType = {
  SUCCESS: 'SUCCESS',
  FAILURE: 'FAILURE',
  REJECTED: 'REJECTED',
  REJECTED_DND: 'REJECTED_DND',
  VOICEMAIL_NO_MESSAGE: 'VOICEMAIL_NO_MESSAGE',
  BUSY_ON_BUSY: 'BUSY_ON_BUSY',
  BUSY: 'BUSY',
  MISSED: 'MISSED',
} as const;
/** How a call ended. */
export type CallStatusType = (typeof CallStatusType)[keyof typeof CallStatusType];

/** An extension an entry passed through. */
export interface Endpoint {
  extension: string;
  /** SMS, REGISTER, EXTERNAL, FAX, MOBILE, GROUP, VOICEMAIL, PHONELINE or USER. */
  type: string;
}

/** How an entry reached an extension. */
export interface RoutedEndpoint {
  /** FORWARDED, ROUTED or PICKUP. */
  type: string;
  endpoint: Endpoint;
}

/** A call recording. */
export interface Recording {
  id: string;
  url: string;
}

/** Fields every history entry has. */
export interface BaseHistoryEntry {
  id: string;
  source: string;
  target: string;
  sourceAlias: string;
  targetAlias: string;
  type: HistoryEntryType;
  created: Date;
  lastModified: Date;
  direction: HistoryDirection;
  incoming: boolean;
  /** NOPICKUP, BUSY, PICKUP or FORWARD. */
  status: string;
  connectionIds: string[];
  read: boolean;
  archived: boolean;
  note: string;
  endpoints: RoutedEndpoint[];
  starred: boolean;
  labels: string[];
}

/** A call. */
export interface CallHistoryEntry extends BaseHistoryEntry {
  type: typeof HistoryEntryType.CALL;
  callId: string;
  recordings: Recording[];
  /** Seconds. */
  duration: number;
  callStatus: CallStatusType;
}

/** A sent or received fax. The API calls the status `faxStatusType`; this SDK always hands it out as `faxStatus`. */
export interface FaxHistoryEntry extends BaseHistoryEntry {
  type: typeof HistoryEntryType.FAX;
  faxStatus: FaxStatusType;
  /** When a scheduled fax goes out; null when it is not scheduled. */
  scheduled: Date | null;
  documentUrl: string;
  reportUrl: string;
  previewUrl: string;
  pageCount: number;
}

/** A sent or received SMS. */
export interface SmsHistoryEntry extends BaseHistoryEntry {
  type: typeof HistoryEntryType.SMS;
  smsContent: string;
  /** When a scheduled SMS goes out; null when it is not scheduled. */
  scheduled: Date | null;
}

/** A voicemail message. */
export interface VoicemailHistoryEntry extends BaseHistoryEntry {
  type: typeof HistoryEntryType.VOICEMAIL;
  transcription: string;
  recordingUrl: string;
  /** Seconds. */
  duration: number;
}

/** One history entry; narrow it by `type`. */
export type HistoryEntry = CallHistoryEntry | FaxHistoryEntry | SmsHistoryEntry | VoicemailHistoryEntry;

/**
 * Filter of {@link HistoryModule.exportAsCsvString} (and the base of {@link HistoryFilter}).
 *
 * The time range can be given as `startDate`/`endDate` (the original SDK's names since 2.x) or as
 * `from`/`to` (the names its README shows and the API uses); both are sent as `from`/`to`. Give one name per
 * bound, not both.
 */
export interface BaseHistoryFilter {
  /** Only entries of these extensions (`p0`, `g1`, `f0`, …). */
  connectionIds?: readonly string[];
  types?: readonly HistoryEntryType[];
  directions?: readonly HistoryDirection[];
  /** Only archived entries (true) or only entries in the inbox (false). */
  archived?: boolean;
  /** Only starred (true) or only unstarred (false) entries. The legacy `Starred` values still work. */
  starred?: boolean | Starred;
  /** Entries created at or after this time; sent as `from`. */
  startDate?: Date;
  /** Entries created at or before this time; sent as `to`. */
  endDate?: Date;
  /** The same as `startDate`, under the name the original README and the API use. */
  from?: Date;
  /** The same as `endDate`, under the name the original README and the API use. */
  to?: Date;
}

/** Filter of {@link HistoryModule.fetchAll} and {@link HistoryModule.iterateAll}. */
export interface HistoryFilter extends BaseHistoryFilter {
  /** Only entries with this number as source or target; sent as given. */
  phonenumber?: string;
}

/** What {@link HistoryModule.batchUpdateEvents} changes on one entry; an empty object changes nothing. */
export interface HistoryEntryUpdateOptions {
  archived?: boolean;
  starred?: boolean;
  read?: boolean;
  /** Needs one request per entry: the API's bulk update has no note. */
  note?: string;
}

/** Options of {@link HistoryModule.iterateAll}. */
export interface IterateHistoryOptions {
  /** Entries per request, 1 to 1000. Default 1000 (the API's maximum). */
  pageSize?: number;
  /** Stops the iteration (between pages and during a request) when it fires. */
  signal?: AbortSignal;
}

/** Options of {@link HistoryModule.downloadRecording}. */
export interface DownloadRecordingOptions extends Pick<DownloadOptions, 'signal' | 'timeout'> {
  /** Which recording of a call entry to fetch (its `recordings[].id`); default: the first one. */
  recordingId?: string;
}

/** The history functions returned by `createHistoryModule`. */
export interface HistoryModule {
  /** One page of entries (the API's default page is 10 entries; ask for up to 1000 with `limit`). */
  fetchAll(filter?: HistoryFilter, pagination?: Pagination): Promise<HistoryEntry[]>;
  fetchById(entryId: string): Promise<HistoryEntry>;
  deleteById(entryId: string): Promise<void>;
  /** Deletes entries, in as many requests as needed to keep every URL short. */
  deleteByListOfIds(entryIds: readonly string[]): Promise<void>;
  /** Applies `callback(entry)` to each entry: bulk requests where possible, one request per note. */
  batchUpdateEvents<T extends Pick<HistoryEntry, 'id'>>(
    events: readonly T[],
    callback: (entry: T) => HistoryEntryUpdateOptions,
  ): Promise<void>;
  /** One page of entries as CSV text. */
  exportAsCsvString(filter?: BaseHistoryFilter, pagination?: Pagination): Promise<string>;
  /** Every entry matching `filter`, page by page. */
  iterateAll(filter?: HistoryFilter, options?: IterateHistoryOptions): AsyncIterable<HistoryEntry>;
  /**
   * Fetches the audio of a voicemail entry (`recordingUrl`) or of a call entry's recording (`recordings[].url`)
   * with the client's credentials (sent only when the URL is on the API's origin); read the answer once with
   * `bytes()` or `stream()`, its type is in `contentType`.
   * @throws {SipgateIOValidationError} naming `entry.type`, `entry.recordingUrl` or `entry.recordings` when the
   *   entry has no such recording, before any request.
   * @throws {SipgateIONotFoundError} when the recording is gone; other statuses with core's class.
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  downloadRecording(
    entry: CallHistoryEntry | VoicemailHistoryEntry,
    options?: DownloadRecordingOptions,
  ): Promise<SipgateIODownload>;
}
