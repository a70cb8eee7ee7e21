import { type BatchOutcome, SipgateIOBatchError, type SipgateIOError } from '@sipgateio/core';

/** What a partly failed batch operation did and did not do. */
export type HistoryBatchOutcome = BatchOutcome<SipgateIOError>;

/**
 * Base of the errors of history operations that need several requests: some of them failed. It says
 * exactly which ids were and were not handled; `cause` is the first failure.
 */
export class HistoryBatchError extends SipgateIOBatchError<SipgateIOError> {
  override name = 'HistoryBatchError';
}

/** `batchUpdateEvents` could not update some entries; the others were updated. */
export class HistoryBatchUpdateError extends HistoryBatchError {
  override name = 'HistoryBatchUpdateError';
}

/** `deleteByListOfIds` could not delete some entries; the others were deleted. */
export class HistoryBatchDeleteError extends HistoryBatchError {
  override name = 'HistoryBatchDeleteError';
}
