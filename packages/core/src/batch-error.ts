import { SipgateIOError } from './errors.js';

/** What a partly failed batch operation (one request per id or per chunk of ids) did and did not do. */
export interface BatchOutcome<TCause = unknown> {
  /** Ids whose request failed: these were not changed (or not deleted). */
  failedIds: readonly string[];
  /** Ids whose request succeeded. */
  succeededIds: readonly string[];
  /** Why each failed id failed (the error of the request that carried it). */
  causes: ReadonlyMap<string, TCause>;
}

/**
 * Base of the errors of operations that need several requests, some of which failed: it says exactly which
 * ids were handled and which were not; `cause` is the first failure. Feature packages subclass it
 * (`HistoryBatchDeleteError`, `ContactsDeletionError`, …).
 */
export class SipgateIOBatchError<TCause = unknown> extends SipgateIOError {
  override name = 'SipgateIOBatchError';
  declare readonly failedIds: readonly string[];
  declare readonly succeededIds: readonly string[];
  declare readonly causes: ReadonlyMap<string, TCause>;

  constructor(message: string, outcome: BatchOutcome<TCause>, options?: { cause?: unknown }) {
    super(message, options);
    this.failedIds = outcome.failedIds;
    this.succeededIds = outcome.succeededIds;
    this.causes = outcome.causes;
  }
}

/**
 * Lists ids for an error message: "3, 4, 5", or "3, 4, 5, … (12 more)" beyond `shown` ids, so that a message
 * names enough ids without growing with the batch.
 */
export function listIds(ids: readonly string[], shown = 10): string {
  const head = ids.slice(0, shown).join(', ');
  return ids.length > shown ? `${head}, … (${ids.length - shown} more)` : head;
}
