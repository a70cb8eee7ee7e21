import { SipgateIOError } from '@sipgateio/core';

/** One contact that could not be deleted, and why. */
export interface ContactDeletionFailure {
  id: string;
  error: unknown;
}

/**
 * Some deletions of {@link ContactsModule.deleteAllShared} failed; the others went through. `failedIds` lists
 * the contacts still there, `deletedIds` those removed; `cause` is the first failure.
 */
export class ContactsDeletionError extends SipgateIOError {
  override name = 'ContactsDeletionError';
  readonly failedIds: string[];
  readonly deletedIds: string[];
  readonly failures: ContactDeletionFailure[];

  constructor(failures: ContactDeletionFailure[], deletedIds: string[]) {
    const failedIds = failures.map((failure) => failure.id);
    const shown = failedIds.slice(0, 10).join(', ') + (failedIds.length > 10 ? ', …' : '');
    super(
      `Deleting shared contacts failed for ${failedIds.length} of ${failedIds.length + deletedIds.length} contacts (${shown}); the others were deleted. Call deleteAllShared again to retry the rest.`,
      { cause: failures[0]?.error },
    );
    this.failedIds = failedIds;
    this.deletedIds = deletedIds;
    this.failures = failures;
  }
}
