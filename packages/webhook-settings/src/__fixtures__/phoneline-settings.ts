import type { PhonelineWebhookSettings, WebhookLogEntry } from '../phoneline-webhook-settings.types.js';

/** A `GET /v2/w0/phonelines/p0/sipgateio` body with every field set. */
export const lineSettings: PhonelineWebhookSettings = {
  incomingActive: true,
  outgoingActive: false,
  incomingUrl: 'https://example.com/p0/incoming',
  outgoingUrl: 'https://example.com/p0/outgoing',
  log: false,
  certificate: '-----BEGIN CERTIFICATE-----',
  allowSelfSigned: false,
};

/** A body of a line that never had a URL: the API leaves both URL fields out. */
export const unsetLineSettings = {
  incomingActive: false,
  outgoingActive: false,
  log: false,
  allowSelfSigned: false,
};

/** A webhook log body as the API sends it (`created` as a string). */
export const logBody = {
  items: [
    {
      created: '2026-12-03T10:15:00Z',
      url: 'https://example.com/p0/incoming',
      request: 'event=newCall&from=492111234567&to=4921100000000&direction=in&callId=123456&user[]=Ada',
      response: 'HTTP/1.1 500 Internal Server Error',
      status: '500',
      xmlError: 'Response does not have content type application/xml',
    },
  ],
};

/** `logBody`'s entry as the SDK hands it out. */
export const logEntry: WebhookLogEntry = { ...logBody.items[0]!, created: new Date('2026-12-03T10:15:00Z') };
