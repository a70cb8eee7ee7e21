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
  SandboxAccountSettings,
  SandboxAddress,
  SandboxCall,
  SandboxCallerId,
  SandboxContact,
  SandboxExchange,
  SandboxGreeting,
  SandboxHistoryEntry,
  SandboxNotification,
  SandboxPorting,
  SandboxState,
  SandboxWebhookSettings,
  SentFax,
  SentSms,
} from './state.types.js';
