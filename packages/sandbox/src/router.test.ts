import { describe, expect, it } from 'vitest';
import { bySpecificity, findRoute, type Route } from './router.js';

function route(method: Route['method'], pattern: string, name: string): Route {
  return { method, pattern, handle: () => ({ status: 200, body: name }) };
}

describe('bySpecificity', () => {
  it('orders literal segments before parameters, whatever the lengths of the other patterns', () => {
    const routes = [
      route('GET', '/:userId/phonelines', 'generic lines'),
      route('POST', '/autorecordings/:greetingId', 'generic greeting'),
      route('GET', '/log/webhooks', 'log'),
      route('POST', '/autorecordings/greetings', 'stateful greetings'),
      route('GET', '/voicemails', 'voicemails'),
      route('GET', '/:userId/phonelines/:phonelineId/sipgateio', 'line webhooks'),
    ];

    const sorted = bySpecificity(routes);
    const found = findRoute(sorted, 'POST', '/autorecordings/greetings');

    expect(found).toMatchObject({ kind: 'found', route: { pattern: '/autorecordings/greetings' } });
    const ranks = sorted.map((entry) =>
      entry.pattern
        .split('/')
        .map((part) => (part.startsWith(':') ? '1' : '0'))
        .join(''),
    );
    expect(ranks).toEqual([...ranks].sort());
  });

  it('keeps the given order among patterns of the same shape', () => {
    const first = route('GET', '/a/:id', 'first');
    const second = route('GET', '/b/:id', 'second');

    expect(bySpecificity([route('GET', '/:x', 'x'), first, second])).toEqual([
      first,
      second,
      expect.anything(),
    ]);
  });
});
