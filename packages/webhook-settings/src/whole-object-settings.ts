import { runExclusive } from '@sipgateio/core';

/** How to read and write one settings object that the API only replaces as a whole. */
export interface WholeObjectSettings<T> {
  /** Owner of the queue: the client, so every module made from it shares the queue. */
  owner: object;
  /** Names the object within the owner, e.g. `webhook-settings` or `webhook-settings:p0`. */
  lane: string;
  read(): Promise<T>;
  write(settings: T): Promise<unknown>;
}

/**
 * Changes some fields of a settings object the API only replaces as a whole: reads it, merges the change and
 * writes the whole object back, queued behind every earlier read or update of the same object through the same
 * owner, so concurrent updates do not overwrite each other. A failed cycle rejects only its own caller.
 */
export function updateWholeObject<T extends object>(
  settings: WholeObjectSettings<T>,
  change: Partial<T>,
): Promise<void> {
  return runExclusive(settings.owner, settings.lane, async () => {
    const current = await settings.read();
    await settings.write({ ...current, ...change });
  });
}

/** Reads the object after every update issued earlier through the same owner has finished. */
export function readWholeObject<T>(settings: WholeObjectSettings<T>): Promise<T> {
  return runExclusive(settings.owner, settings.lane, () => settings.read());
}
