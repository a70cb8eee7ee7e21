import { describe, expect, it } from 'vitest';
import { OPERATIONS } from './generated/operations.js';
import { bySpecificity, findRoute, type Route } from './router.js';

function route(method: Route['method'], pattern: string, tag: string): Route {
  return { method, pattern, handle: () => ({ status: 200, body: tag }) };
}

function tagOf(routes: readonly Route[], method: string, path: string): unknown {
  const match = findRoute(routes, method, path);
  return match.kind === 'found' ? match.route.handle({} as never).body : match.kind;
}

describe('bySpecificity', () => {
  it('keeps every stateful route before the generic one of its operation, among patterns of all lengths', () => {
    const generic = OPERATIONS.map((operation) =>
      route(operation.method, operation.path.replace(/\{(\w+)\}/g, ':$1'), 'generic'),
    );
    // Every third operation has a stateful route, listed first as the sandbox lists them.
    const stateful = generic
      .filter((_, index) => index % 3 === 0)
      .map((entry) => route(entry.method, entry.pattern, 'stateful'));
    const sorted = bySpecificity([...stateful, ...generic]);
    const misrouted = stateful
      .map((entry) => `${entry.method} ${entry.pattern}`)
      .filter((name) => {
        const [method = '', pattern = ''] = name.split(' ');
        return tagOf(sorted, method, pattern) !== 'stateful';
      });
    expect(misrouted).toEqual([]);
  });

  it('puts the routes in one consistent order, whatever order they came in', () => {
    const routes = OPERATIONS.map((operation, index) =>
      route(operation.method, operation.path.replace(/\{(\w+)\}/g, ':$1'), String(index)),
    );
    const key = (entry: Route) => entry.pattern.split('/').map((part) => (part.startsWith(':') ? '1' : '0'));
    const before = (left: string[], right: string[]) => {
      for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
        if (left[index] !== right[index]) return (left[index] as string) < (right[index] as string);
      }
      return left.length < right.length;
    };
    for (const order of [routes, [...routes].reverse()]) {
      const sorted = bySpecificity(order).map(key);
      const outOfOrder = sorted.filter(
        (entry, index) => index > 0 && before(entry, sorted[index - 1] as string[]),
      );
      expect(outOfOrder).toEqual([]);
    }
  });

  it('tries a literal segment before a :param in the same place', () => {
    const sorted = bySpecificity([
      route('GET', '/:userId/phonelines', 'param'),
      route('GET', '/users/phonelines', 'literal'),
    ]);
    expect(tagOf(sorted, 'GET', '/users/phonelines')).toBe('literal');
    expect(tagOf(sorted, 'GET', '/w0/phonelines')).toBe('param');
  });
});
