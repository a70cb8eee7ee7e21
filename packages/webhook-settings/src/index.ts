export { createSettingsModule } from './webhook-settings.js';
export type { WebhookSettings, WebhookSettingsModule } from './webhook-settings.types.js';
