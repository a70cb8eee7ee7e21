import type { SipgateIOClient } from '@sipgateio/core';
import {
  adaptClient,
  rememberAuthenticatedWebuserId,
  SipgateIOValidationError,
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
 * settings, and the greetings of a phoneline's box.
 *
 * @example
 * ```ts
 * const voicemails = createVoicemailsModule(sipgateIO({ tokenId, token }));
 * const [first] = await voicemails.getVoicemails();
 * console.log(await voicemails.getVoicemail(first.id), await voicemails.getGreetings(first.id));
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

  return {
    async getVoicemails() {
      // The original passed these errors on as raw transport errors: core's mapping gives them classes and a status.
      const response = await client.get<{ items: Voicemail[] }>('voicemails');
      return response.items;
    },
    getVoicemail,
    async getGreetings(voicemailId, options: VoicemailLineOptions = {}) {
      const id = validateExtension(voicemailId, 'voicemailId', 'v');
      const given =
        options.userId === undefined ? undefined : validateExtension(options.userId, 'options.userId', 'w');
      // Greetings live below the phoneline the box answers for, which only the box itself names.
      const { belongsToEndpoint } = await getVoicemail(id);
      if (belongsToEndpoint?.type !== 'PHONELINE') {
        throw new SipgateIOValidationError(
          `Voicemail ${id} answers for ${belongsToEndpoint?.type?.toLowerCase() ?? 'no'} ${belongsToEndpoint?.extension ?? 'endpoint'}, not a phoneline: only phoneline voicemails have greetings here`,
          'voicemailId',
        );
      }
      const params = {
        userId: given ?? (await webuserId()),
        phonelineId: belongsToEndpoint.extension,
        voicemailId: id,
      };
      const response = await client.request(
        'GET /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings',
        params,
        notFound(id),
      );
      return (response.items ?? []) as VoicemailGreeting[];
    },
  };
}
