export { createCallModule } from './call.js';
export type { CallData, CallModule, InitiateNewCallSessionResponse } from './call.types.js';
