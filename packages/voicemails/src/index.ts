export { createVoicemailsModule } from './voicemails.js';
export type { Voicemail, VoicemailsModule } from './voicemails.types.js';
