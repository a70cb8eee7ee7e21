import { SipgateIOError, settleBounded } from '@sipgateio/core';
import type { HistoryBatchOutcome } from './errors.js';

/** One request of a batch operation and the ids it carries. */
export interface BatchTask {
  ids: readonly string[];
  run: () => Promise<unknown>;
}

/** Requests of one batch operation in flight at a time: enough to be quick, few enough to spare the API. */
export const BATCH_CONCURRENCY = 5;

function asSipgateIOError(error: unknown): SipgateIOError {
  if (error instanceof SipgateIOError) return error;
  return new SipgateIOError(error instanceof Error ? error.message : String(error), { cause: error });
}

/**
 * Runs every task, at most `concurrency` at a time (core's `settleBounded`), and records which ids succeeded
 * and which failed, in task order. A failure does not stop the other tasks, so the outcome is exact for every id.
 */
export async function runTasks(
  tasks: readonly BatchTask[],
  concurrency: number = BATCH_CONCURRENCY,
): Promise<HistoryBatchOutcome & { firstError: SipgateIOError | undefined }> {
  const outcomes = await settleBounded(tasks, concurrency, (task) => task.run());
  const succeededIds: string[] = [];
  const failedIds: string[] = [];
  const causes = new Map<string, SipgateIOError>();
  let firstError: SipgateIOError | undefined;
  outcomes.forEach((outcome, index) => {
    const { ids } = tasks[index]!;
    if (outcome.status === 'fulfilled') {
      succeededIds.push(...ids);
      return;
    }
    const reason = asSipgateIOError(outcome.reason);
    firstError ??= reason;
    for (const id of ids) {
      failedIds.push(id);
      causes.set(id, reason);
    }
  });
  return { succeededIds, failedIds, causes, firstError };
}
