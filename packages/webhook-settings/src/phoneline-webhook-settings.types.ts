/** A phoneline: `'p0'` (a line of the web user behind the credentials) or `{ userId: 'w1', phonelineId: 'p1' }`. */
export type { PhonelineReference } from '@sipgateio/core';

/** The sipgate.io webhook settings of one phoneline (`GET /{userId}/phonelines/{phonelineId}/sipgateio`). */
export interface PhonelineWebhookSettings {
  /** Whether sipgate calls `incomingUrl` for incoming calls of this line. */
  incomingActive: boolean;
  /** Whether sipgate calls `outgoingUrl` for outgoing calls of this line. */
  outgoingActive: boolean;
  /** `''` when unset. */
  incomingUrl: string;
  /** `''` when unset. */
  outgoingUrl: string;
  /** Whether sipgate logs the webhooks it sends for this line (read them with `getPhonelineWebhookLog`). */
  log: boolean;
  /** A PEM certificate sipgate accepts from the webhook server, when one is set. */
  certificate?: string;
  /** Whether sipgate accepts a self-signed certificate from the webhook server. */
  allowSelfSigned: boolean;
}

/** One webhook sipgate sent and what the webhook server answered, as the webhook logs list them. */
export interface WebhookLogEntry {
  /** When sipgate sent the webhook. */
  created: Date;
  /** Where it was sent. */
  url: string;
  /** The form-encoded body sipgate sent (`event=newCall&from=…`). */
  request: string;
  /** The server's answer as sipgate received it (`HTTP/1.1 200 OK…`). */
  response: string;
  /** The answer's HTTP status, e.g. `'200'`. */
  status: string;
  /** Why sipgate could not use the answer's XML, when it could not. */
  xmlError?: string;
}
