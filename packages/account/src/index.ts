export { createAccountModule } from './account.js';
export {
  type Account,
  type Address,
  type AddressUpdate,
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
  EmailTarget,
  FaxDirection,
  FaxEmailNotificationInput,
  FaxNotifications,
  FaxReportNotificationInput,
  FaxSmsNotificationInput,
  Notifications,
  NotificationUserOptions,
  SmsEmailNotificationInput,
  SmsNotifications,
  SmsTarget,
  VoicemailEmailNotificationInput,
  VoicemailNotifications,
  VoicemailSmsNotificationInput,
} from './notifications.types.js';
