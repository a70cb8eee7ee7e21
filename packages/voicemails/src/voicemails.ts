import type { SipgateIOClient } from '@sipgateio/core';
import { adaptClient } from '@sipgateio/core';
import type { Voicemail, VoicemailsModule } from './voicemails.types.js';

/**
 * Creates the voicemails module: the voicemail boxes of the account (scope `voicemails:read`).
 *
 * @example
 * ```ts
 * const voicemails = await createVoicemailsModule(sipgateIO({ tokenId, token })).getVoicemails();
 * ```
 */
export function createVoicemailsModule(sipgateClient: SipgateIOClient): VoicemailsModule {
  const client = adaptClient(sipgateClient);
  return {
    async getVoicemails() {
      // The original passed these errors on as raw transport errors: core's mapping gives them classes and a status.
      const response = await client.get<{ items: Voicemail[] }>('voicemails');
      return response.items;
    },
  };
}
