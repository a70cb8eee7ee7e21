export { createAccountModule } from './account.js';
export {
  type Account,
  type AccountAddress,
  type AccountAddressUpdate,
  type AutorecordingGreeting,
  type AutorecordingGreetingUpload,
  type AutorecordingSetting,
  type Balance,
  type BlacklistEntry,
  type BlacklistEntryInput,
  CALL_RESTRICTIONS,
  type CallRestriction,
  type CallRestrictions,
  type Porting,
  type SetCallRestrictionOptions,
} from './account.types.js';
export type { AccountModule } from './account-module.types.js';
export type {
  AccountUserOptions,
  FaxEmailNotificationInput,
  FaxNotificationDirection,
  FaxNotifications,
  FaxReportNotificationInput,
  FaxSmsNotificationInput,
  NotificationEmailTarget,
  NotificationSmsTarget,
  Notifications,
  SmsEmailNotificationInput,
  SmsNotifications,
  VoicemailEmailNotificationInput,
  VoicemailNotifications,
  VoicemailSmsNotificationInput,
} from './notifications.types.js';
