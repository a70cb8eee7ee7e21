import { SipgateIOError } from '@sipgateio/core';

/** What a partly failed batch operation did and did not do. */
export interface HistoryBatchOutcome {
  /** Ids whose request failed: these entries were not changed (or not deleted). */
  failedIds: readonly string[];
  /** Ids whose request succeeded. */
  succeededIds: readonly string[];
  /** Why each failed id failed (the error of the request that carried it). */
  causes: ReadonlyMap<string, SipgateIOError>;
}

/**
 * Base of the errors of history operations that need several requests: some of them failed. It says
 * exactly which ids were and were not handled; `cause` is the first failure.
 */
export class HistoryBatchError extends SipgateIOError {
  override name = 'HistoryBatchError';
  readonly failedIds: readonly string[];
  readonly succeededIds: readonly string[];
  readonly causes: ReadonlyMap<string, SipgateIOError>;

  constructor(message: string, outcome: HistoryBatchOutcome, options?: { cause?: unknown }) {
    super(message, options);
    this.failedIds = outcome.failedIds;
    this.succeededIds = outcome.succeededIds;
    this.causes = outcome.causes;
  }
}

/** `batchUpdateEvents` could not update some entries; the others were updated. */
export class HistoryBatchUpdateError extends HistoryBatchError {
  override name = 'HistoryBatchUpdateError';
}

/** `deleteByListOfIds` could not delete some entries; the others were deleted. */
export class HistoryBatchDeleteError extends HistoryBatchError {
  override name = 'HistoryBatchDeleteError';
}
