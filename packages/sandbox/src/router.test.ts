import { describe, expect, it } from 'vitest';
import { bySpecificity, findRoute, type Route } from './router.js';

function route(method: Route['method'], pattern: string): Route {
  return { method, pattern, handle: () => ({ status: 200, body: pattern }) };
}

describe('bySpecificity', () => {
  it('puts a literal segment before a parameter whatever else lies between them', () => {
    const routes = bySpecificity([
      route('GET', '/addresses/:addressId'),
      route('GET', '/addresses'),
      route('GET', '/:userId/devices'),
      route('PUT', '/addresses/:addressId'),
      route('GET', '/addresses/:addressId/numbers'),
      route('GET', '/addresses'),
      route('GET', '/addresses/itemCount'),
    ]);
    const match = findRoute(routes, 'GET', '/addresses/itemCount');
    expect(match).toMatchObject({ kind: 'found', route: { pattern: '/addresses/itemCount' } });
    expect(findRoute(routes, 'GET', '/addresses/7')).toMatchObject({ params: { addressId: '7' } });
  });
});
