import {
  type CheckedPhoneline,
  checkPhoneline,
  phonelinePaths,
  type SipgateIORestClient,
  validateWebhookUrl,
} from '@sipgateio/core';
import { ERROR_MESSAGES } from './error-messages.js';
import type { PhonelineWebhookSettings } from './phoneline-webhook-settings.types.js';
import { validateLog } from './validate-log.js';
import type { PhonelineWebhookSettingsFunctions } from './webhook-settings.types.js';
import { readWholeObject, updateWholeObject, type WholeObjectSettings } from './whole-object-settings.js';

const ROUTE = '/{userId}/phonelines/{phonelineId}/sipgateio' as const;
const OPTIONS = { errorMessages: ERROR_MESSAGES };

// The API answers without incomingUrl/outgoingUrl when they are unset, but a PUT requires both.
function complete(settings: Partial<PhonelineWebhookSettings>): PhonelineWebhookSettings {
  return {
    ...settings,
    incomingActive: settings.incomingActive ?? false,
    outgoingActive: settings.outgoingActive ?? false,
    incomingUrl: settings.incomingUrl ?? '',
    outgoingUrl: settings.outgoingUrl ?? '',
    log: settings.log ?? false,
    allowSelfSigned: settings.allowSelfSigned ?? false,
  };
}

/** The per-phoneline webhook settings functions of the settings module. */
export function createPhonelineWebhookFunctions(
  client: SipgateIORestClient,
): PhonelineWebhookSettingsFunctions {
  // Like the account-wide object, a line's settings are only replaced as a whole: cycles on one line are
  // queued per client. Phoneline ids are unique in an account, so the id alone names the queue, and a call
  // that leaves out the user id keeps its place before the user id is known.
  const paths = phonelinePaths(client);
  function lineSettings(phoneline: CheckedPhoneline): WholeObjectSettings<PhonelineWebhookSettings> {
    let path: Promise<{ userId: string; phonelineId: string }> | undefined;
    const resolvePath = () => {
      path ??= paths(phoneline);
      return path;
    };
    return {
      owner: client,
      lane: `webhook-settings:${phoneline.phonelineId}`,
      read: async () => complete(await client.request(`GET ${ROUTE}`, await resolvePath(), OPTIONS)),
      write: async (body) => client.request(`PUT ${ROUTE}`, { ...(await resolvePath()), body }, OPTIONS),
    };
  }

  // Every check runs before the call is queued, so an invalid call fails at once and sends nothing.
  const update = (phoneline: CheckedPhoneline, change: Partial<PhonelineWebhookSettings>) =>
    updateWholeObject(lineSettings(phoneline), change);

  return {
    async setPhonelineIncomingUrl(phoneline, url) {
      const line = checkPhoneline(phoneline);
      await update(line, { incomingUrl: validateWebhookUrl(url, 'url'), incomingActive: true });
    },
    async setPhonelineOutgoingUrl(phoneline, url) {
      const line = checkPhoneline(phoneline);
      await update(line, { outgoingUrl: validateWebhookUrl(url, 'url'), outgoingActive: true });
    },
    async clearPhonelineIncomingUrl(phoneline) {
      await update(checkPhoneline(phoneline), { incomingUrl: '', incomingActive: false });
    },
    async clearPhonelineOutgoingUrl(phoneline) {
      await update(checkPhoneline(phoneline), { outgoingUrl: '', outgoingActive: false });
    },
    async setPhonelineLog(phoneline, value) {
      const line = checkPhoneline(phoneline);
      await update(line, { log: validateLog(value) });
    },
    async getPhonelineWebhookSettings(phoneline) {
      return readWholeObject(lineSettings(checkPhoneline(phoneline)));
    },
  };
}
