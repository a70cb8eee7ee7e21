/** Tail of the queue of each key: settles (never rejects) once every task queued so far has settled. */
const queues = new WeakMap<object, Promise<void>>();

/**
 * Runs `task` after every task queued earlier for the same `key` has settled, in call order. The returned
 * promise settles like `task`; a rejected task does not stop the ones queued after it. Keys are held weakly.
 */
export function runExclusive<T>(key: object, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const result = previous.then(task);
  const tail = result.then(
    () => undefined,
    () => undefined,
  );
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return result;
}
