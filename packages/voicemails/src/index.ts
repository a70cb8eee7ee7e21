export { createVoicemailsModule } from './voicemails.js';
export type {
  Voicemail,
  VoicemailDetails,
  VoicemailGreeting,
  VoicemailLineOptions,
  VoicemailsModule,
} from './voicemails.types.js';
