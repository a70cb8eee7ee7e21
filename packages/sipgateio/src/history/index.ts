// The `sipgateio/dist/history` entry point: the names sipgateio 2.x exported from its dist/history folder, so that
// deep imports written for it (`import { … } from 'sipgateio/dist/history'`) keep working.
export {
  type BaseHistoryEntry,
  type BaseHistoryFilter,
  type CallHistoryEntry,
  CallStatusType,
  createHistoryModule,
  type Endpoint,
  type FaxHistoryEntry,
  FaxStatusType,
  HistoryDirection,
  type HistoryEntry,
  HistoryEntryType,
  type HistoryEntryUpdateOptions,
  type HistoryFilter,
  type HistoryModule,
  type Recording,
  type RoutedEndpoint,
  type SmsHistoryEntry,
  Starred,
  type VoicemailHistoryEntry,
} from '@sipgateio/history';
