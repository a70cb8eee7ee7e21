// Symbol.for, so a client made by another installed copy of core (ESM beside CommonJS) is still recognised.
const OWN_CLIENT = Symbol.for('sipgateio.client');

/**
 * Marks a client made by `sipgateIO()`, so `adaptClient` gives it the full request path. The mark is
 * not enumerable: a copy made with spread (`{ ...client, get: mock }`) counts as a client that is not ours.
 */
export function markOwnClient<T extends object>(client: T): T {
  Object.defineProperty(client, OWN_CLIENT, { value: true, enumerable: false });
  return client;
}

/** True for a client made by `sipgateIO()` of any installed copy of core. */
export function isOwnClient(client: unknown): boolean {
  return (
    typeof client === 'object' && client !== null && (client as Record<symbol, unknown>)[OWN_CLIENT] === true
  );
}
