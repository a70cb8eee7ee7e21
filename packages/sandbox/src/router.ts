import type { SandboxContext } from './context.js';

/** What a route handler receives. */
export interface RouteRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  body: unknown;
  context: SandboxContext;
}

/** What a route handler answers: a status and a JSON (or text) body. */
export interface RouteResponse {
  status: number;
  body?: unknown;
  /** Set for non-JSON bodies (the body is then sent as is). */
  contentType?: string;
}

/** One endpoint: method, path pattern with `:params`, whether a JSON body is required (or parsed when sent), the handler. */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  pattern: string;
  jsonBody?: boolean | 'optional';
  handle(request: RouteRequest): RouteResponse;
}

/** The outcome of looking a request up: a route, a known path with another method, or nothing. */
export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'not-found' };

function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const patternParts = pattern.split('/');
  const pathParts = path.split('/');
  if (patternParts.length !== pathParts.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of patternParts.entries()) {
    const actual = pathParts[index] as string;
    if (part.startsWith(':')) {
      if (actual === '') return undefined;
      params[part.slice(1)] = decodeURIComponent(actual);
    } else if (part !== actual) {
      return undefined;
    }
  }
  return params;
}

/** Finds the first route whose pattern and method match; literal routes must be listed before `:param` ones. */
export function findRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  const allowed: string[] = [];
  for (const route of routes) {
    const params = matchPattern(route.pattern, path);
    if (!params) continue;
    if (route.method === method) return { kind: 'found', route, params };
    allowed.push(route.method);
  }
  return allowed.length > 0 ? { kind: 'method-not-allowed', allowed } : { kind: 'not-found' };
}

/** Orders routes so that a literal path segment is tried before a `:param` in the same place (stable otherwise). */
export function bySpecificity(routes: readonly Route[]): Route[] {
  const rank = (route: Route) =>
    route.pattern
      .split('/')
      .map((part) => (part.startsWith(':') ? '1' : '0'))
      .join('');
  // A whole-string comparison is a total order. Comparing only the common prefix was not (`01` = `0` = `00`
  // but `00` < `01`), so the sort could put a generic route before the stateful one of the same path.
  return [...routes].sort((left, right) => {
    const a = rank(left);
    const b = rank(right);
    return a === b ? 0 : a < b ? -1 : 1;
  });
}
