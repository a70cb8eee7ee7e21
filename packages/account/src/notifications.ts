import {
  type Route,
  type RouteParams,
  type RouteRequestOptions,
  type SipgateIORestClient,
  validateChoice,
  validateEmail,
  validateExtension,
  validateId,
  validatePhoneNumber,
} from '@sipgateio/core';
import type { AccountModule } from './account-module.types.js';
import type { AccountUserOptions, FaxNotificationDirection, Notifications } from './notifications.types.js';
import type { UserIdResolver } from './resolve-user.js';

const FAX_DIRECTIONS: readonly FaxNotificationDirection[] = ['INCOMING', 'OUTGOING'];

// The API answers 403 when the feature the notification is about is not booked (or a limit is reached).
const notBooked = (feature: string) => ({
  errorMessages: {
    403: `Creating the notification was refused (403 Forbidden): check that ${feature} is booked for the account and the token has the notifications:write scope`,
  },
  outcomeSubject: 'the notification',
});
const VOICEMAIL = notBooked('voicemail');
const FAX = notBooked('fax');
const SMS = notBooked('SMS to e-mail');

type NotificationFunctions = Pick<
  AccountModule,
  | 'getNotifications'
  | 'createVoicemailEmailNotification'
  | 'createVoicemailSmsNotification'
  | 'createFaxEmailNotification'
  | 'createFaxSmsNotification'
  | 'createFaxReportNotification'
  | 'createSmsEmailNotification'
  | 'deleteNotification'
>;

type CreateRoute = Extract<Route, `POST /{userId}/notifications/${string}`>;

/** The notification functions of the account module. */
export function createNotificationFunctions(
  client: SipgateIORestClient,
  resolveUserId: UserIdResolver,
): NotificationFunctions {
  // The six create operations differ only in route, body fields and wording; each body is checked before this.
  async function create(
    route: CreateRoute,
    input: AccountUserOptions,
    body: Record<string, string>,
    options: RouteRequestOptions,
  ): Promise<void> {
    const userId = await resolveUserId(input.userId);
    await client.request(route, { userId, body } as RouteParams<CreateRoute>, options);
  }
  return {
    async getNotifications(options = {}) {
      const userId = await resolveUserId(options.userId);
      const response = await client.request('GET /{userId}/notifications', { userId });
      return { voicemail: [], fax: [], sms: [], ...response } as Notifications;
    },
    createVoicemailEmailNotification: async (input) => {
      const body = {
        voicemailId: validateExtension(input?.voicemailId, 'voicemailId', 'v'),
        email: validateEmail(input.email, 'email'),
      };
      await create('POST /{userId}/notifications/voicemail/email', input, body, VOICEMAIL);
    },
    createVoicemailSmsNotification: async (input) => {
      const body = {
        voicemailId: validateExtension(input?.voicemailId, 'voicemailId', 'v'),
        number: validatePhoneNumber(input.number, 'number'),
      };
      await create('POST /{userId}/notifications/voicemail/sms', input, body, VOICEMAIL);
    },
    createFaxEmailNotification: async (input) => {
      const body = {
        faxlineId: validateExtension(input?.faxlineId, 'faxlineId', 'f'),
        email: validateEmail(input.email, 'email'),
        direction: validateChoice(input.direction, 'direction', FAX_DIRECTIONS),
      };
      await create('POST /{userId}/notifications/fax/email', input, body, FAX);
    },
    createFaxSmsNotification: async (input) => {
      const body = {
        faxlineId: validateExtension(input?.faxlineId, 'faxlineId', 'f'),
        number: validatePhoneNumber(input.number, 'number'),
        direction: validateChoice(input.direction, 'direction', FAX_DIRECTIONS),
      };
      await create('POST /{userId}/notifications/fax/sms', input, body, FAX);
    },
    createFaxReportNotification: async (input) => {
      const body = {
        faxlineId: validateExtension(input?.faxlineId, 'faxlineId', 'f'),
        email: validateEmail(input.email, 'email'),
      };
      await create('POST /{userId}/notifications/fax/report', input, body, FAX);
    },
    createSmsEmailNotification: async (input) => {
      const body = {
        endpointId: validateExtension(input?.endpointId, 'endpointId'),
        email: validateEmail(input.email, 'email'),
      };
      await create('POST /{userId}/notifications/sms/email', input, body, SMS);
    },
    async deleteNotification(notificationId, options = {}) {
      const id = validateId(notificationId, 'notificationId');
      const userId = await resolveUserId(options.userId);
      await client.request(
        'DELETE /{userId}/notifications/{notificationId}',
        { userId, notificationId: id },
        { errorMessages: { 404: `Notification ${id} was not found` } },
      );
    },
  };
}
