/** Which faxes a fax notification is about. */
export type FaxNotificationDirection = 'INCOMING' | 'OUTGOING';

/** An e-mail address that is notified; `id` is what `deleteNotification` takes. */
export interface NotificationEmailTarget {
  id: string;
  email: string;
}

/** A mobile number that is notified by SMS; `id` is what `deleteNotification` takes. */
export interface NotificationSmsTarget {
  id: string;
  number: string;
}

/** The notifications of one voicemail box. */
export interface VoicemailNotifications {
  /** The voicemail box, e.g. `v0`. */
  endpointId: string;
  endpointAlias: string;
  emails: NotificationEmailTarget[];
  sms: NotificationSmsTarget[];
}

/** The notifications of one fax line. */
export interface FaxNotifications {
  /** The fax line, e.g. `f0`. */
  endpointId: string;
  endpointAlias: string;
  emails: (NotificationEmailTarget & { direction: FaxNotificationDirection })[];
  sms: (NotificationSmsTarget & { direction: FaxNotificationDirection })[];
  /** Addresses that get a report for every sent fax. */
  reports: NotificationEmailTarget[];
}

/** The notifications of one SMS-receiving endpoint. */
export interface SmsNotifications {
  /** The endpoint that receives SMS, e.g. the mobile device `y0`. */
  endpointId: string;
  endpointAlias: string;
  emails: (NotificationEmailTarget & { direction: string })[];
}

/** A user's e-mail and SMS notifications (`GET /{userId}/notifications`), grouped by what they are about. */
export interface Notifications {
  voicemail: VoicemailNotifications[];
  fax: FaxNotifications[];
  sms: SmsNotifications[];
  /** Notifications about calls, as the API sends them. */
  call?: unknown[];
}

/** The user a function works on (notifications, call restrictions); default: the authenticated web user. */
export interface AccountUserOptions {
  userId?: string;
}

/** What `createVoicemailEmailNotification` takes. */
export interface VoicemailEmailNotificationInput extends AccountUserOptions {
  /** The voicemail box, e.g. `v0`. */
  voicemailId: string;
  email: string;
}

/** What `createVoicemailSmsNotification` takes. */
export interface VoicemailSmsNotificationInput extends AccountUserOptions {
  /** The voicemail box, e.g. `v0`. */
  voicemailId: string;
  /** The mobile number to text, international (`+49…`). */
  number: string;
}

/** What `createFaxEmailNotification` takes. */
export interface FaxEmailNotificationInput extends AccountUserOptions {
  /** The fax line, e.g. `f0`. */
  faxlineId: string;
  email: string;
  direction: FaxNotificationDirection;
}

/** What `createFaxSmsNotification` takes. */
export interface FaxSmsNotificationInput extends AccountUserOptions {
  /** The fax line, e.g. `f0`. */
  faxlineId: string;
  /** The mobile number to text, international (`+49…`). */
  number: string;
  direction: FaxNotificationDirection;
}

/** What `createFaxReportNotification` takes. */
export interface FaxReportNotificationInput extends AccountUserOptions {
  /** The fax line, e.g. `f0`. */
  faxlineId: string;
  email: string;
}

/** What `createSmsEmailNotification` takes. */
export interface SmsEmailNotificationInput extends AccountUserOptions {
  /** The endpoint that receives SMS, e.g. the mobile device `y0`. */
  endpointId: string;
  email: string;
}
