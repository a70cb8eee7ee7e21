import { describe, expect, it } from 'vitest';
import { bySpecificity, findRoute, type Route } from './router.js';

const route = (pattern: string, name: string): Route => ({
  method: 'GET',
  pattern,
  handle: () => ({ status: 200, body: name }),
});

describe('bySpecificity', () => {
  it('keeps the listed order of routes with the same shape, whatever else is listed', () => {
    // Shorter and longer patterns between them once made the order depend on the rest of the list.
    const routes = [
      route('/groups', 'groups'),
      route('/autorecordings/greetings', 'stateful'),
      route('/users/:userId', 'user'),
      route('/:userId/devices', 'devices'),
      route('/autorecordings/greetings', 'generic'),
      route('/portings/:portingId', 'porting'),
    ];
    const sorted = bySpecificity(routes);
    const match = findRoute(sorted, 'GET', '/autorecordings/greetings');
    expect(match.kind === 'found' && match.route.handle({} as never).body).toBe('stateful');
    expect(sorted.map((entry) => entry.handle({} as never).body)).toEqual([
      'groups',
      'stateful',
      'generic',
      'user',
      'porting',
      'devices',
    ]);
  });

  it('tries a literal segment before a parameter in the same place', () => {
    const sorted = bySpecificity([route('/:userId/devices', 'param'), route('/users/devices', 'literal')]);
    const match = findRoute(sorted, 'GET', '/users/devices');
    expect(match.kind === 'found' && match.route.handle({} as never).body).toBe('literal');
  });
});

function methodRoute(method: Route['method'], pattern: string): Route {
  return { method, pattern, handle: () => ({ status: 200, body: pattern }) };
}

describe('bySpecificity, across lengths', () => {
  it('puts a literal segment before a parameter whatever else lies between them', () => {
    const routes = bySpecificity([
      methodRoute('GET', '/addresses/:addressId'),
      methodRoute('GET', '/addresses'),
      methodRoute('GET', '/:userId/devices'),
      methodRoute('PUT', '/addresses/:addressId'),
      methodRoute('GET', '/addresses/:addressId/numbers'),
      methodRoute('GET', '/addresses'),
      methodRoute('GET', '/addresses/itemCount'),
    ]);
    const match = findRoute(routes, 'GET', '/addresses/itemCount');
    expect(match).toMatchObject({ kind: 'found', route: { pattern: '/addresses/itemCount' } });
    expect(findRoute(routes, 'GET', '/addresses/7')).toMatchObject({ params: { addressId: '7' } });
  });
});
