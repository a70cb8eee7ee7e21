import type { SipgateIOClient } from '@sipgateio/core';
import {
  adaptClient,
  rememberAuthenticatedWebuserId,
  SipgateIOValidationError,
  TRANSCRIPTION_UNAVAILABLE_MESSAGES,
  validateBoolean,
  validateExtension,
} from '@sipgateio/core';
import type {
  Voicemail,
  VoicemailDetails,
  VoicemailGreeting,
  VoicemailLineOptions,
  VoicemailsModule,
} from './voicemails.types.js';

const notFound = (voicemailId: string) => ({
  errorMessages: { 404: `Voicemail ${voicemailId} was not found` },
});

/**
 * Creates the voicemails module: the voicemail boxes of the account (scope `voicemails:read`), one box with its
 * settings, the greetings of a phoneline's box and its transcription setting.
 *
 * @example
 * ```ts
 * const voicemails = createVoicemailsModule(sipgateIO({ tokenId, token }));
 * const [first] = await voicemails.getVoicemails();
 * console.log(await voicemails.getVoicemail(first.id), await voicemails.getGreetings(first.id));
 * await voicemails.setTranscription(first.id, true);
 * ```
 */
export function createVoicemailsModule(sipgateClient: SipgateIOClient): VoicemailsModule {
  const client = adaptClient(sipgateClient);
  const webuserId = rememberAuthenticatedWebuserId(client);

  async function getVoicemail(voicemailId: string): Promise<VoicemailDetails> {
    const id = validateExtension(voicemailId, 'voicemailId', 'v');
    return (await client.request(
      'GET /voicemails/{voicemailId}',
      { voicemailId: id },
      notFound(id),
    )) as VoicemailDetails;
  }

  /**
   * The path parameters of a box below the phoneline it answers for: only the box itself names that line,
   * so it is read first. A group's box has no such path; `purpose` says what is refused then.
   */
  async function phonelineBox(voicemailId: string, options: VoicemailLineOptions, purpose: string) {
    const id = validateExtension(voicemailId, 'voicemailId', 'v');
    const given =
      options.userId === undefined ? undefined : validateExtension(options.userId, 'options.userId', 'w');
    const { belongsToEndpoint } = await getVoicemail(id);
    if (belongsToEndpoint?.type !== 'PHONELINE') {
      throw new SipgateIOValidationError(
        `Voicemail ${id} answers for ${belongsToEndpoint?.type?.toLowerCase() ?? 'no'} ${belongsToEndpoint?.extension ?? 'endpoint'}, not a phoneline: only phoneline voicemails ${purpose}`,
        'voicemailId',
      );
    }
    return {
      userId: given ?? (await webuserId()),
      phonelineId: belongsToEndpoint.extension,
      voicemailId: id,
    };
  }

  return {
    async getVoicemails() {
      // The original passed these errors on as raw transport errors: core's mapping gives them classes and a status.
      const response = await client.get<{ items: Voicemail[] }>('voicemails');
      return response.items;
    },
    getVoicemail,
    async getGreetings(voicemailId, options: VoicemailLineOptions = {}) {
      const params = await phonelineBox(voicemailId, options, 'have greetings here');
      const response = await client.request(
        'GET /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings',
        params,
        notFound(params.voicemailId),
      );
      return (response.items ?? []) as VoicemailGreeting[];
    },
    async setTranscription(voicemailId, active, options: VoicemailLineOptions = {}) {
      // Checked before the lookup of the box (phonelineBox checks the ids before it asks).
      const enabled = validateBoolean(active, 'active');
      const params = await phonelineBox(voicemailId, options, 'can transcribe here');
      await client.request(
        'PUT /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/transcriptions',
        { ...params, body: { active: enabled } },
        {
          errorMessages: {
            ...TRANSCRIPTION_UNAVAILABLE_MESSAGES,
            404: `Voicemail ${params.voicemailId} was not found`,
          },
        },
      );
    },
  };
}
