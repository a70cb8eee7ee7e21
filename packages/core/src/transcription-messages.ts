import type { ErrorMessages } from './client.types.js';

/**
 * The messages of a refused voicemail transcription setting, shared by every module that changes it
 * (`@sipgateio/phonelines`' voicemail settings, `@sipgateio/voicemails`' `setTranscription`): a 403 there means
 * the box cannot transcribe or the token lacks the scope.
 */
export const TRANSCRIPTION_UNAVAILABLE_MESSAGES: ErrorMessages = {
  403: 'Transcription is not available for this voicemail (see canTranscribe) or the token lacks the phonelines:voicemails:write scope',
};
