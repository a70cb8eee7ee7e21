import { describe, expect, it } from 'vitest';
import { settleBounded } from './settle-bounded.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('settleBounded', () => {
  it('reports every outcome in item order, a failure not stopping the others', async () => {
    const failure = new Error('b failed');
    const outcomes = await settleBounded(['a', 'b', 'c'], 2, async (item, index) => {
      await tick();
      if (item === 'b') throw failure;
      return `${item}${index}`;
    });
    expect(outcomes).toEqual([
      { status: 'fulfilled', value: 'a0' },
      { status: 'rejected', reason: failure },
      { status: 'fulfilled', value: 'c2' },
    ]);
  });

  it('keeps at most `concurrency` tasks in flight and starts them in item order', async () => {
    let inFlight = 0;
    let most = 0;
    const started: number[] = [];
    await settleBounded([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      started.push(item);
      inFlight++;
      most = Math.max(most, inFlight);
      await tick();
      inFlight--;
    });
    expect(most).toBe(3);
    expect(started).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('runs one at a time with a concurrency of 1', async () => {
    const events: string[] = [];
    await settleBounded(['a', 'b'], 1, async (item) => {
      events.push(`${item} start`);
      await tick();
      events.push(`${item} end`);
    });
    expect(events).toEqual(['a start', 'a end', 'b start', 'b end']);
  });

  it('still runs every task when the concurrency is below 1', async () => {
    expect(await settleBounded([1, 2], 0, async (item) => item * 2)).toEqual([
      { status: 'fulfilled', value: 2 },
      { status: 'fulfilled', value: 4 },
    ]);
  });

  it('resolves to an empty list for no items', async () => {
    expect(await settleBounded([], 4, async () => 1)).toEqual([]);
  });
});
