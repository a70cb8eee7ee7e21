// The `sipgateio/dist/webhook-settings` entry point: the names sipgateio 2.x exported from its dist/webhook-settings folder, so that
// deep imports written for it (`import { … } from 'sipgateio/dist/webhook-settings'`) keep working.
export {
  createSettingsModule,
  type WebhookSettings,
  type WebhookSettingsModule,
} from '@sipgateio/webhook-settings';
