/**
 * The browser build's stand-in for route-scopes.ts (swapped in by the shared build config): the table of
 * scopes of all operations would cost a browser bundle about as much as the rest of the client (≈ 1.7 KB gzip),
 * so a 403 there carries the status and path but names no scopes.
 */
export function scopesFor(_method: string, _path: string): readonly string[] {
  return [];
}
