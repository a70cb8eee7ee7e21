export { SmsSenderRestoreError } from './errors.js';
export { createSMSModule } from './sms.js';
export type {
  ShortMessage,
  SMSModule,
  SmsCallerId,
  SmsExtension,
  SmsFromExtension,
  SmsFromLegacyPhoneNumber,
  SmsFromPhoneNumber,
} from './sms.types.js';
export type { SmsCallerIdManagement } from './sms-callerids.types.js';
export { validateSendAt } from './validate-send-at.js';
