import type { FaultRule } from './sandbox.types.js';

/** A fault rule with its remaining count. */
interface PendingFault {
  rule: FaultRule;
  remaining: number;
}

/** Holds the `fail()` rules and hands out the first one matching a request, counting it down. */
export class FaultList {
  private pending: PendingFault[] = [];

  add(rule: FaultRule): void {
    const times = rule.times ?? 1;
    if (!Number.isInteger(times) || times < 1)
      throw new RangeError('fail(): times must be a positive integer');
    this.pending.push({ rule, remaining: times });
  }

  take(method: string, path: string): FaultRule | undefined {
    const match = this.pending.find(
      ({ rule }) =>
        (rule.method === undefined || rule.method.toUpperCase() === method) &&
        (typeof rule.path === 'string' ? normalize(rule.path) === path : rule.path.test(path)),
    );
    if (!match) return undefined;
    match.remaining -= 1;
    if (match.remaining === 0) this.pending = this.pending.filter((fault) => fault !== match);
    return match.rule;
  }

  clear(): void {
    this.pending = [];
  }
}

function normalize(path: string): string {
  const withSlash = path.startsWith('/') ? path : `/${path}`;
  return withSlash.startsWith('/v2/') ? withSlash.slice(3) : withSlash;
}
