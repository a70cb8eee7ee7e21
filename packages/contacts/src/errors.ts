import { listIds, SipgateIOBatchError } from '@sipgateio/core';

/** One contact that could not be deleted, and why. */
export interface ContactDeletionFailure {
  id: string;
  error: unknown;
}

/**
 * Some deletions of {@link ContactsModule.deleteAllShared} failed; the others went through. `failedIds` lists
 * the contacts still there, `succeededIds` those removed, `causes` why each failed; `cause` is the first
 * failure.
 */
export class ContactsDeletionError extends SipgateIOBatchError {
  override name = 'ContactsDeletionError';
  /** The same list as `succeededIds`: the contacts that were deleted. */
  readonly deletedIds: readonly string[];
  /** The failed contacts with their errors, in the order of `failedIds` (the entries of `causes`). */
  readonly failures: readonly ContactDeletionFailure[];

  constructor(failures: ContactDeletionFailure[], deletedIds: string[]) {
    const failedIds = failures.map((failure) => failure.id);
    super(
      `Deleting shared contacts failed for ${failedIds.length} of ${failedIds.length + deletedIds.length} contacts (${listIds(failedIds)}); the others were deleted. Call deleteAllShared again to retry the rest.`,
      {
        failedIds,
        succeededIds: deletedIds,
        causes: new Map(failures.map((failure) => [failure.id, failure.error])),
      },
      { cause: failures[0]?.error },
    );
    this.deletedIds = deletedIds;
    this.failures = failures;
  }
}
