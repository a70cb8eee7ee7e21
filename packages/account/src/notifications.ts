import {
  type SipgateIORestClient,
  validateEmail,
  validateExtension,
  validateId,
  validatePhoneNumber,
} from '@sipgateio/core';
import type { AccountModule } from './account-module.types.js';
import type { FaxNotificationDirection, Notifications } from './notifications.types.js';
import { resolveUserId } from './resolve-user.js';
import { validateChoice } from './validate-choice.js';

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

/** The notification functions of the account module. */
export function createNotificationFunctions(client: SipgateIORestClient): NotificationFunctions {
  return {
    async getNotifications(options = {}) {
      const userId = await resolveUserId(client, options.userId);
      const response = await client.request('GET /{userId}/notifications', { userId });
      return { voicemail: [], fax: [], sms: [], ...response } as Notifications;
    },
    async createVoicemailEmailNotification(input) {
      const body = {
        voicemailId: validateExtension(input?.voicemailId, 'voicemailId', 'v'),
        email: validateEmail(input.email, 'email'),
      };
      const userId = await resolveUserId(client, input.userId);
      await client.request('POST /{userId}/notifications/voicemail/email', { userId, body }, VOICEMAIL);
    },
    async createVoicemailSmsNotification(input) {
      const body = {
        voicemailId: validateExtension(input?.voicemailId, 'voicemailId', 'v'),
        number: validatePhoneNumber(input.number, 'number'),
      };
      const userId = await resolveUserId(client, input.userId);
      await client.request('POST /{userId}/notifications/voicemail/sms', { userId, body }, VOICEMAIL);
    },
    async createFaxEmailNotification(input) {
      const body = {
        faxlineId: validateExtension(input?.faxlineId, 'faxlineId', 'f'),
        email: validateEmail(input.email, 'email'),
        direction: validateChoice(input.direction, 'direction', FAX_DIRECTIONS),
      };
      const userId = await resolveUserId(client, input.userId);
      await client.request('POST /{userId}/notifications/fax/email', { userId, body }, FAX);
    },
    async createFaxSmsNotification(input) {
      const body = {
        faxlineId: validateExtension(input?.faxlineId, 'faxlineId', 'f'),
        number: validatePhoneNumber(input.number, 'number'),
        direction: validateChoice(input.direction, 'direction', FAX_DIRECTIONS),
      };
      const userId = await resolveUserId(client, input.userId);
      await client.request('POST /{userId}/notifications/fax/sms', { userId, body }, FAX);
    },
    async createFaxReportNotification(input) {
      const body = {
        faxlineId: validateExtension(input?.faxlineId, 'faxlineId', 'f'),
        email: validateEmail(input.email, 'email'),
      };
      const userId = await resolveUserId(client, input.userId);
      await client.request('POST /{userId}/notifications/fax/report', { userId, body }, FAX);
    },
    async createSmsEmailNotification(input) {
      const body = {
        endpointId: validateExtension(input?.endpointId, 'endpointId'),
        email: validateEmail(input.email, 'email'),
      };
      const userId = await resolveUserId(client, input.userId);
      await client.request('POST /{userId}/notifications/sms/email', { userId, body }, SMS);
    },
    async deleteNotification(notificationId, options = {}) {
      const id = validateId(notificationId, 'notificationId');
      const userId = await resolveUserId(client, options.userId);
      await client.request(
        'DELETE /{userId}/notifications/{notificationId}',
        { userId, notificationId: id },
        { errorMessages: { 404: `Notification ${id} was not found` } },
      );
    },
  };
}
