/** What every webhook settings and log request says for a 403, as the original said it for the settings. */
export const ERROR_MESSAGES = {
  403: 'sipgateIO is not booked for your account (or insufficient scopes)',
} as const;
