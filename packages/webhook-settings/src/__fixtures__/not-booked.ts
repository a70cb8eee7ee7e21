/** The 403 message of every webhook settings and log request. */
export const NOT_BOOKED = 'sipgateIO is not booked for your account (or insufficient scopes)';
