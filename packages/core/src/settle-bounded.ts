/**
 * Runs `task` for every item with at most `concurrency` tasks in flight, waits for all of them and reports
 * each outcome in the items' order, like `Promise.allSettled`: one failure does not stop the others.
 * Items are started in order, so with a concurrency of 1 the requests go out one after another.
 *
 * @example
 * ```ts
 * const outcomes = await settleBounded(ids, 4, (id) => client.delete(`/contacts/${id}`));
 * const failed = ids.filter((_, index) => outcomes[index]!.status === 'rejected');
 * ```
 * @throws Never: every rejection of `task` is reported as a `rejected` outcome.
 */
export async function settleBounded<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      try {
        results[index] = { status: 'fulfilled', value: await task(items[index]!, index) };
      } catch (reason) {
        results[index] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, concurrency), items.length) }, worker));
  return results;
}
