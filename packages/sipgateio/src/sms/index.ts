// The `sipgateio/dist/sms` entry point: the names sipgateio 2.x exported from its dist/sms folder, so that
// deep imports written for it (`import { … } from 'sipgateio/dist/sms'`) keep working.
export {
  createSMSModule,
  type ShortMessage,
  type SMSModule,
  type SmsCallerId as SmsSenderId,
  type SmsExtension,
} from '@sipgateio/sms';
