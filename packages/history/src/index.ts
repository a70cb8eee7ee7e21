export type { Pagination } from '@sipgateio/core';
export { MAX_DELETE_PATH_LENGTH } from './chunk-ids.js';
export {
  HistoryBatchDeleteError,
  HistoryBatchError,
  type HistoryBatchOutcome,
  HistoryBatchUpdateError,
} from './errors.js';
export { createHistoryModule, MAX_BULK_UPDATE_SIZE } from './history.js';
export {
  type BaseHistoryEntry,
  type BaseHistoryFilter,
  type CallHistoryEntry,
  CallStatusType,
  type DownloadRecordingOptions,
  type Endpoint,
  type FaxHistoryEntry,
  FaxStatusType,
  HistoryDirection,
  type HistoryEntry,
  HistoryEntryType,
  type HistoryEntryUpdateOptions,
  type HistoryFilter,
  type HistoryModule,
  type IterateHistoryOptions,
  type Recording,
  type RoutedEndpoint,
  type SmsHistoryEntry,
  Starred,
  type VoicemailHistoryEntry,
} from './history.types.js';
