/** The 403 message of every webhook settings and log request. */
export const NOT_BOOKED = 'sipgateIO is not booked for your account (or insufficient scopes)';

/** Resolves the rejection of a promise that must reject; a fulfilment fails the test. */
export function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}
