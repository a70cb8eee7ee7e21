const queues = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * Runs `task` after every earlier task with the same `owner` and `lane` has settled, so read-modify-write
 * sequences on account-wide state (the webhook settings object, the default SMS sender) issued concurrently
 * through one client cannot interleave. A failed task rejects only its own caller; later tasks still run.
 * Keyed by object identity and held weakly: a dropped client takes its queues with it.
 */
export function runExclusive<T>(owner: object, lane: string, task: () => Promise<T>): Promise<T> {
  let lanes = queues.get(owner);
  if (lanes === undefined) {
    lanes = new Map();
    queues.set(owner, lanes);
  }
  const previous = lanes.get(lane) ?? Promise.resolve();
  const result = previous.then(task, task);
  const settled = result.then(
    () => undefined,
    () => undefined,
  );
  lanes.set(lane, settled);
  const owned = lanes;
  void settled.then(() => {
    if (owned.get(lane) === settled) owned.delete(lane);
  });
  return result;
}
