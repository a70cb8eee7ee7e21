import { ROUTE_SCOPES } from './generated/route-scopes.js';

interface Operation {
  method: string;
  pattern: RegExp;
  literals: number;
  scopes: readonly string[];
}

let operations: Operation[] | undefined;

// Built on the first 403: most literal segments first, so `/history/export` wins over `/history/{entryId}`.
function compile(): Operation[] {
  return Object.entries(ROUTE_SCOPES)
    .map(([route, scopes]) => {
      const [method, template] = route.split(' ') as [string, string];
      const segments = template.split('/');
      const source = segments
        .map((segment) => (segment.startsWith('{') ? '[^/]+' : segment.replace(/[.*+?^$()[\]\\|]/g, '\\$&')))
        .join('/');
      return {
        method,
        pattern: new RegExp(`^${source}$`),
        literals: segments.filter((segment) => segment !== '' && !segment.startsWith('{')).length,
        scopes: scopes.split(' '),
      };
    })
    .sort((a, b) => b.literals - a.literals);
}

/**
 * The OAuth scopes, any one of which allows the operation `method path` (a path below the base URL, with or
 * without its query), narrowest first, as sipgate's API description lists them; empty when it lists none.
 */
export function scopesFor(method: string, path: string): readonly string[] {
  operations ??= compile();
  const bare = `/${path.split('?')[0]!.replace(/^\/+/, '')}`;
  return (
    operations.find((operation) => operation.method === method && operation.pattern.test(bare))?.scopes ?? []
  );
}
