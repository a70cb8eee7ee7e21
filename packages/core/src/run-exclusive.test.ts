import { describe, expect, it } from 'vitest';
import { runExclusive } from './run-exclusive.js';

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('runExclusive', () => {
  it('runs tasks of one owner and lane one after another, in call order', async () => {
    const owner = {};
    const events: string[] = [];
    const first = deferred();
    const a = runExclusive(owner, 'settings', async () => {
      events.push('a start');
      await first.promise;
      events.push('a end');
      return 'a';
    });
    const b = runExclusive(owner, 'settings', async () => {
      events.push('b start');
      return 'b';
    });
    await tick();
    expect(events).toEqual(['a start']);
    first.resolve();
    expect(await a).toBe('a');
    expect(await b).toBe('b');
    expect(events).toEqual(['a start', 'a end', 'b start']);
  });

  it.each([
    ['other lanes of the same owner', (owner: object) => [owner, 'sms'] as const],
    ['the same lane of another owner', () => [{}, 'settings'] as const],
  ])('lets %s run at the same time', async (_case, other) => {
    const owner = {};
    const blocker = deferred();
    const events: string[] = [];
    const held = runExclusive(owner, 'settings', async () => {
      await blocker.promise;
      events.push('held');
    });
    const [otherOwner, otherLane] = other(owner);
    await runExclusive(otherOwner, otherLane, async () => {
      events.push('other');
    });
    expect(events).toEqual(['other']);
    blocker.resolve();
    await held;
    expect(events).toEqual(['other', 'held']);
  });

  it('rejects only the failing caller; later tasks still run', async () => {
    const owner = {};
    const failure = new Error('PUT failed');
    const a = runExclusive(owner, 'lane', async () => {
      throw failure;
    });
    const b = runExclusive(owner, 'lane', async () => 'b ran');
    await expect(a).rejects.toBe(failure);
    expect(await b).toBe('b ran');
  });

  it('turns a synchronous throw into a rejection', async () => {
    const failure = new Error('sync');
    const task = (() => {
      throw failure;
    }) as () => Promise<never>;
    await expect(runExclusive({}, 'lane', task)).rejects.toBe(failure);
  });

  it('keeps working for a lane after it drained', async () => {
    const owner = {};
    expect(await runExclusive(owner, 'lane', async () => 1)).toBe(1);
    await tick();
    expect(await runExclusive(owner, 'lane', async () => 2)).toBe(2);
  });
});
