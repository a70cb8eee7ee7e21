export type { OAuthEvent, SandboxOAuth, SandboxOAuthOptions } from './routes/oauth.types.js';
export { createSandbox } from './sandbox.js';
export type {
  FaultRule,
  Sandbox,
  SandboxCredentials,
  SandboxFaxOptions,
  SandboxOptions,
} from './sandbox.types.js';
export type {
  CallFinalState,
  CallTranscript,
  SimulateCallOptions,
  TranscriptEvent,
} from './simulator/simulator.types.js';
export type {
  CallParticipant,
  RecordedRequest,
  SandboxCall,
  SandboxCallerId,
  SandboxContact,
  SandboxExchange,
  SandboxHistoryEntry,
  SandboxState,
  SandboxWebhookSettings,
  SentFax,
  SentSms,
} from './state.types.js';
export type {
  SandboxAccountSettings,
  SandboxAddress,
  SandboxGreeting,
  SandboxNotification,
  SandboxPorting,
} from './state.types.js';
