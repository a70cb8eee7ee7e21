// The `sipgateio/dist/fluent` entry point: the names sipgateio 2.x exported from its dist/fluent folder, so that
// deep imports written for it (`import { … } from 'sipgateio/dist/fluent'`) keep working.
export { FluentWebhookServer } from '@sipgateio/webhook';
