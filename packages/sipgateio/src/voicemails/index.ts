// The `sipgateio/dist/voicemails` entry point: the names sipgateio 2.x exported from its dist/voicemails folder, so that
// deep imports written for it (`import { … } from 'sipgateio/dist/voicemails'`) keep working.
export {
  createVoicemailsModule,
  type Voicemail,
  type VoicemailsModule,
} from '@sipgateio/voicemails';
