// The meta-package only composes: core and the REST modules (explicit lists in rest.ts) plus the webhook
// package (explicit lists in @sipgateio/webhook). Conflicting names between them fail the type check (TS2308).
export * from '@sipgateio/webhook';
export * from './rest.js';
