/**
 * The fetch of an attempt whose body is made by a function: it sends a body freshly made for this fetch, not
 * the one inside ky's Request. ky keeps a clone of every Request for retries, and a cloned stream is teed: the
 * branch nobody reads would keep every chunk the upload reads (a whole copy of a fax). Here neither branch
 * is read, so the stream given to ky is never encoded at all. `window: null` with `redirect: 'error'` is the
 * one case in which fetch itself does not clone (and tee) the request to be able to follow a redirect; a
 * stream body cannot be sent again after a 307/308 anyway, and 301-303 would turn the POST into a GET.
 */
export function freshBodyFetch(makeBody: () => BodyInit, baseFetch: typeof fetch): typeof fetch {
  return (input, init) =>
    baseFetch(
      new Request(input as Request, { body: makeBody(), duplex: 'half', redirect: 'error' } as RequestInit),
      { ...init, window: null },
    );
}
