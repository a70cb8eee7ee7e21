// The `sipgateio/dist/call` entry point: the names sipgateio 2.x exported from its dist/call folder, so that
// deep imports written for it (`import { … } from 'sipgateio/dist/call'`) keep working.
export {
  type CallData,
  type CallModule,
  createCallModule,
  type InitiateNewCallSessionResponse,
} from '@sipgateio/call';
