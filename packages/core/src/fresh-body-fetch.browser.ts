/**
 * The browser build's `freshBodyFetch` (swapped in for fresh-body-fetch.ts by the shared build config). Only
 * Node gets streamed bodies (a fax on Node); in a browser a body made per attempt is a Blob or a string, which
 * ky's Request clone shares without a copy, so the attempt goes to fetch as ky built it. `bodyOf` in client.ts
 * still makes the body afresh for every attempt.
 */
export function freshBodyFetch(_makeBody: () => BodyInit, baseFetch: typeof fetch): typeof fetch {
  return baseFetch;
}
