import type { Pagination as CorePagination, SipgateIOError } from '@sipgateio/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type BaseHistoryFilter,
  type CallHistoryEntry,
  CallStatusType,
  type FaxHistoryEntry,
  FaxStatusType,
  type HistoryBatchUpdateError,
  HistoryDirection,
  type HistoryEntry,
  HistoryEntryType,
  type HistoryFilter,
  type HistoryModule,
  type Pagination,
  type SmsHistoryEntry,
  Starred,
  type VoicemailHistoryEntry,
} from './index.js';

function describeEntry(entry: HistoryEntry): string {
  switch (entry.type) {
    case HistoryEntryType.CALL:
      expectTypeOf(entry).toEqualTypeOf<CallHistoryEntry>();
      expectTypeOf(entry.callStatus).toEqualTypeOf<CallStatusType>();
      expectTypeOf(entry.recordings).toEqualTypeOf<{ id: string; url: string }[]>();
      return entry.callId;
    case HistoryEntryType.FAX:
      expectTypeOf(entry).toEqualTypeOf<FaxHistoryEntry>();
      expectTypeOf(entry.faxStatus).toEqualTypeOf<FaxStatusType>();
      // @ts-expect-error the API's name never reaches users
      entry.faxStatusType;
      return entry.documentUrl;
    case 'SMS':
      expectTypeOf(entry).toEqualTypeOf<SmsHistoryEntry>();
      return entry.smsContent;
    case 'VOICEMAIL':
      expectTypeOf(entry).toEqualTypeOf<VoicemailHistoryEntry>();
      return entry.transcription;
    default:
      expectTypeOf(entry).toBeNever();
      return '';
  }
}

describe('history types', () => {
  it('narrow the entry union by type', () => {
    expectTypeOf(describeEntry).parameter(0).toEqualTypeOf<HistoryEntry>();
    expectTypeOf<Extract<HistoryEntry, { type: 'FAX' }>>().toEqualTypeOf<FaxHistoryEntry>();
  });

  it('are const objects and same-named unions of their values', () => {
    expectTypeOf(HistoryEntryType.FAX).toEqualTypeOf<'FAX'>();
    expectTypeOf<HistoryEntryType>().toEqualTypeOf<'CALL' | 'VOICEMAIL' | 'SMS' | 'FAX'>();
    expectTypeOf<HistoryDirection>().toEqualTypeOf<
      'INCOMING' | 'OUTGOING' | 'MISSED_INCOMING' | 'MISSED_OUTGOING'
    >();
    expectTypeOf(HistoryDirection.MISSED_INCOMING).toEqualTypeOf<'MISSED_INCOMING'>();
    expectTypeOf<FaxStatusType>().toEqualTypeOf<'PENDING' | 'SENDING' | 'FAILED' | 'SENT' | 'SCHEDULED'>();
    expectTypeOf(FaxStatusType.SCHEDULED).toEqualTypeOf<'SCHEDULED'>();
    expectTypeOf(CallStatusType.REJECTED_DND).toEqualTypeOf<'REJECTED_DND'>();
    expectTypeOf<Starred>().toEqualTypeOf<'STARRED' | 'UNSTARRED'>();
    expectTypeOf(Starred.STARRED).toEqualTypeOf<'STARRED'>();
  });

  it('accept both date names and both starred forms in filters', () => {
    expectTypeOf<{ startDate: Date; endDate: Date }>().toMatchTypeOf<BaseHistoryFilter>();
    expectTypeOf<{ from: Date; to: Date }>().toMatchTypeOf<BaseHistoryFilter>();
    expectTypeOf<{ starred: true }>().toMatchTypeOf<BaseHistoryFilter>();
    expectTypeOf<{ starred: typeof Starred.UNSTARRED }>().toMatchTypeOf<BaseHistoryFilter>();
    expectTypeOf<{ phonenumber: string }>().toMatchTypeOf<HistoryFilter>();
    expectTypeOf<{ phonenumber: string }>().not.toMatchTypeOf<Required<BaseHistoryFilter>>();
    expectTypeOf<Pagination>().toEqualTypeOf<CorePagination>();
  });

  it('type the module functions', () => {
    expectTypeOf<HistoryModule['fetchAll']>().returns.toEqualTypeOf<Promise<HistoryEntry[]>>();
    expectTypeOf<HistoryModule['iterateAll']>().returns.toEqualTypeOf<AsyncIterable<HistoryEntry>>();
    expectTypeOf<HistoryModule['exportAsCsvString']>()
      .parameter(0)
      .toEqualTypeOf<BaseHistoryFilter | undefined>();
    expectTypeOf<HistoryBatchUpdateError>().toMatchTypeOf<SipgateIOError>();
    expectTypeOf<HistoryBatchUpdateError['failedIds']>().toEqualTypeOf<readonly string[]>();
  });
});
