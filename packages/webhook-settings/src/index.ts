export type {
  PhonelineReference,
  PhonelineWebhookSettings,
  WebhookLogEntry,
} from './phoneline-webhook-settings.types.js';
export { createSettingsModule } from './webhook-settings.js';
export type {
  PhonelineWebhookSettingsFunctions,
  WebhookLogFunctions,
  WebhookSettings,
  WebhookSettingsModule,
} from './webhook-settings.types.js';
