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
export { SmsSenderRestoreError } from './sms-sender-restore-error.js';
export { validateSendAt } from './validate-send-at.js';
