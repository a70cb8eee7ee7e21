import {
  adaptClient,
  checkPhoneline,
  type ErrorMessages,
  phonelinePaths,
  rememberAuthenticatedWebuserId,
  type SipgateIOClient,
  SipgateIOValidationError,
  TRANSCRIPTION_UNAVAILABLE_MESSAGES,
  validateBoolean,
  validateExtension,
  validateId,
} from '@sipgateio/core';
import type {
  BlockAnonymousSetting,
  ForwardingSetting,
  ParallelForwarding,
  Phoneline,
  PhonelineDetails,
  PhonelineDevice,
  PhonelineGreeting,
  PhonelineGreetingRef,
  PhonelineNumber,
  PhonelinesModule,
  PhonelineUserOptions,
  PhonelineVoicemail,
} from './phonelines.types.js';
import { validateForwardings } from './validate-forwardings.js';
import { validateGreetingUpload } from './validate-greeting.js';
import { validateBlockAnonymous, validateVoicemailSettings } from './validate-line-settings.js';
import { validateParallelForwarding } from './validate-parallel-forwarding.js';

/** Device ids: `e` registered phones, `x` external numbers, `y` mobile devices. */
const DEVICE_TYPES = 'exy';

function checkUser(userId: unknown): string | undefined {
  return userId === undefined ? undefined : validateExtension(userId, 'userId', 'w');
}

function checkAlias(alias: unknown, field = 'alias'): string {
  return validateId(alias, field);
}

function checkGreeting(greeting: unknown): PhonelineGreetingRef {
  if (typeof greeting !== 'object' || greeting === null) {
    throw new SipgateIOValidationError(`greeting must be an object, got ${String(greeting)}`, 'greeting');
  }
  const { voicemailId, greetingId } = greeting as Record<string, unknown>;
  return {
    voicemailId: validateExtension(voicemailId, 'greeting.voicemailId', 'v'),
    greetingId: validateId(greetingId, 'greeting.greetingId'),
  };
}

function lineMessages(phonelineId: string, extra: ErrorMessages = {}): ErrorMessages {
  return { 404: `Phoneline ${phonelineId} was not found`, ...extra };
}

/**
 * Creates the phonelines module: a web user's phonelines, their numbers, devices, forwardings, voicemail boxes
 * and greetings (scopes `phonelines:read` / `phonelines:write` and their sub-scopes). Without a user id, each
 * method acts for the web user behind the client's credentials.
 *
 * @example
 * ```ts
 * const phonelines = createPhonelinesModule(sipgateIO({ tokenId, token }));
 * const [line] = await phonelines.listPhonelines();
 * await phonelines.setForwardings(line.id, [{ destination: '+4915799912345', timeout: 20, active: true }]);
 * ```
 * @throws {SipgateIOValidationError} (as a rejection) for malformed input, naming the field, before any request.
 * @throws {SipgateIONotFoundError} (as a rejection) `Phoneline … was not found` and the like on 404.
 */
export function createPhonelinesModule(sipgateClient: SipgateIOClient): PhonelinesModule {
  const client = adaptClient(sipgateClient);
  const authenticatedWebuserId = rememberAuthenticatedWebuserId(client);

  // One lookup of the web user for lines and users alike.
  const ids = phonelinePaths({ getAuthenticatedWebuserId: authenticatedWebuserId });

  async function userOf(options: PhonelineUserOptions | undefined): Promise<string> {
    return checkUser(options?.userId) ?? (await authenticatedWebuserId());
  }

  function userMessages(userId: string): ErrorMessages {
    return { 404: `Web user ${userId} was not found` };
  }

  return {
    async listPhonelines(options) {
      const userId = await userOf(options);
      const response = await client.request(
        'GET /{userId}/phonelines',
        { userId },
        { errorMessages: userMessages(userId) },
      );
      return (response.items ?? []).map(({ id, alias }) => ({ id, alias }) as Phoneline);
    },

    async getPhoneline(line) {
      const params = await ids(checkPhoneline(line));
      const response = await client.request('GET /{userId}/phonelines/{phonelineId}', params, {
        errorMessages: lineMessages(params.phonelineId),
      });
      return response as PhonelineDetails;
    },

    async createPhoneline(options = {}) {
      const alias = options.alias === undefined ? undefined : checkAlias(options.alias, 'options.alias');
      const userId = await userOf(options);
      const created = await client.request(
        'POST /{userId}/phonelines',
        { userId },
        { errorMessages: userMessages(userId), outcomeSubject: 'the phoneline' },
      );
      const phoneline = { id: created.id, alias: created.alias } as Phoneline;
      if (alias === undefined) return phoneline;
      const params = { userId, phonelineId: phoneline.id };
      try {
        await client.request('PUT /{userId}/phonelines/{phonelineId}', { ...params, body: { alias } });
      } catch (error) {
        // A line without its name is not what was asked for: take it away again before reporting the failure.
        await client.request('DELETE /{userId}/phonelines/{phonelineId}', params).catch(() => undefined);
        throw error;
      }
      return { ...phoneline, alias };
    },

    async renamePhoneline(line, alias) {
      const checked = checkPhoneline(line);
      const body = { alias: checkAlias(alias) };
      const params = await ids(checked);
      await client.request(
        'PUT /{userId}/phonelines/{phonelineId}',
        { ...params, body },
        { errorMessages: lineMessages(params.phonelineId) },
      );
    },

    async deletePhoneline(line) {
      const params = await ids(checkPhoneline(line));
      await client.request('DELETE /{userId}/phonelines/{phonelineId}', params, {
        errorMessages: lineMessages(params.phonelineId),
      });
    },

    async listNumbers(line) {
      const params = await ids(checkPhoneline(line));
      const response = await client.request('GET /{userId}/phonelines/{phonelineId}/numbers', params, {
        errorMessages: lineMessages(params.phonelineId),
      });
      return (response.items ?? []) as PhonelineNumber[];
    },

    async listDevices(line) {
      const params = await ids(checkPhoneline(line));
      const response = await client.request('GET /{userId}/phonelines/{phonelineId}/devices', params, {
        errorMessages: lineMessages(params.phonelineId),
      });
      return (response.items ?? []) as PhonelineDevice[];
    },

    async assignDevice(line, deviceId) {
      const checked = checkPhoneline(line);
      const body = { deviceId: validateExtension(deviceId, 'deviceId', DEVICE_TYPES) };
      const params = await ids(checked);
      await client.request(
        'POST /{userId}/phonelines/{phonelineId}/devices',
        { ...params, body },
        {
          errorMessages: { 404: `Phoneline ${params.phonelineId} or device ${body.deviceId} was not found` },
          outcomeSubject: 'the device assignment',
        },
      );
    },

    async removeDevice(line, deviceId) {
      const checked = checkPhoneline(line);
      const device = validateExtension(deviceId, 'deviceId', DEVICE_TYPES);
      const params = await ids(checked);
      await client.request(
        'DELETE /{userId}/phonelines/{phonelineId}/devices/{deviceId}',
        { ...params, deviceId: device },
        { errorMessages: { 404: `Phoneline ${params.phonelineId} or device ${device} was not found` } },
      );
    },

    async getForwardings(line) {
      const params = await ids(checkPhoneline(line));
      const response = await client.request('GET /{userId}/phonelines/{phonelineId}/forwardings', params, {
        errorMessages: lineMessages(params.phonelineId, FORWARDINGS_NOT_BOOKED),
      });
      return (response.items ?? []) as ForwardingSetting[];
    },

    async setForwardings(line, forwardings) {
      const checked = checkPhoneline(line);
      const body = { forwardings: validateForwardings(forwardings) };
      const params = await ids(checked);
      await client.request(
        'PUT /{userId}/phonelines/{phonelineId}/forwardings',
        { ...params, body },
        { errorMessages: lineMessages(params.phonelineId, FORWARDINGS_NOT_BOOKED) },
      );
    },

    async listParallelForwardings(line) {
      const params = await ids(checkPhoneline(line));
      const response = await client.request(
        'GET /{userId}/phonelines/{phonelineId}/parallelforwardings',
        params,
        { errorMessages: lineMessages(params.phonelineId, PARALLEL_NOT_BOOKED) },
      );
      return (response.items ?? []) as ParallelForwarding[];
    },

    async createParallelForwarding(line, forwarding) {
      const checked = checkPhoneline(line);
      const body = validateParallelForwarding(forwarding);
      const params = await ids(checked);
      await client.request(
        'POST /{userId}/phonelines/{phonelineId}/parallelforwardings',
        { ...params, body },
        {
          errorMessages: lineMessages(params.phonelineId, PARALLEL_NOT_BOOKED),
          outcomeSubject: 'the parallel forwarding',
        },
      );
    },

    async updateParallelForwarding(line, forwarding) {
      const checked = checkPhoneline(line);
      const id = validateId((forwarding as Partial<ParallelForwarding> | null)?.id, 'forwarding.id');
      const body = validateParallelForwarding(forwarding);
      const params = await ids(checked);
      await client.request(
        'PUT /{userId}/phonelines/{phonelineId}/parallelforwardings/{parallelForwardingId}',
        { ...params, parallelForwardingId: id, body },
        { errorMessages: { ...PARALLEL_NOT_BOOKED, 404: `Parallel forwarding ${id} was not found` } },
      );
    },

    async deleteParallelForwarding(line, parallelForwardingId) {
      const checked = checkPhoneline(line);
      const id = validateId(parallelForwardingId, 'parallelForwardingId');
      const params = await ids(checked);
      await client.request(
        'DELETE /{userId}/phonelines/{phonelineId}/parallelforwardings/{parallelForwardingId}',
        { ...params, parallelForwardingId: id },
        { errorMessages: { ...PARALLEL_NOT_BOOKED, 404: `Parallel forwarding ${id} was not found` } },
      );
    },

    async getBlockAnonymous(line) {
      const params = await ids(checkPhoneline(line));
      const response = await client.request('GET /{userId}/phonelines/{phonelineId}/blockanonymous', params, {
        errorMessages: lineMessages(params.phonelineId),
      });
      return response as BlockAnonymousSetting;
    },

    async setBlockAnonymous(line, setting) {
      const checked = checkPhoneline(line);
      const body = validateBlockAnonymous(setting);
      const params = await ids(checked);
      const response = await client.request(
        'PUT /{userId}/phonelines/{phonelineId}/blockanonymous',
        { ...params, body },
        { errorMessages: lineMessages(params.phonelineId) },
      );
      // The API answers the stored setting; an empty answer means it took the one sent.
      return (response ?? body) as BlockAnonymousSetting;
    },

    async getBusyOnBusy(options) {
      const userId = await userOf(options);
      const user = await client.request(
        'GET /users/{userId}',
        { userId },
        { errorMessages: userMessages(userId) },
      );
      return user.busyOnBusy === true;
    },

    async setBusyOnBusy(enabled, options) {
      const body = { enabled: validateBoolean(enabled, 'enabled') };
      const userId = await userOf(options);
      await client.request(
        'PUT /users/{userId}/busyonbusy',
        { userId, body },
        { errorMessages: userMessages(userId) },
      );
    },

    async listVoicemails(line) {
      const params = await ids(checkPhoneline(line));
      const response = await client.request('GET /{userId}/phonelines/{phonelineId}/voicemails', params, {
        errorMessages: lineMessages(params.phonelineId, VOICEMAIL_NOT_BOOKED),
      });
      return (response.items ?? []) as PhonelineVoicemail[];
    },

    async setVoicemailSettings(line, settings) {
      const checked = checkPhoneline(line);
      const { voicemailId, body } = validateVoicemailSettings(settings);
      const params = await ids(checked);
      await client.request(
        'PUT /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}',
        { ...params, voicemailId, body },
        {
          errorMessages: {
            ...TRANSCRIPTION_UNAVAILABLE_MESSAGES,
            404: `Voicemail ${voicemailId} was not found`,
          },
        },
      );
    },

    async listGreetings(line, voicemailId) {
      const checked = checkPhoneline(line);
      const voicemail = validateExtension(voicemailId, 'voicemailId', 'v');
      const params = await ids(checked);
      const response = await client.request(
        'GET /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings',
        { ...params, voicemailId: voicemail },
        { errorMessages: { 404: `Voicemail ${voicemail} was not found` } },
      );
      return (response.items ?? []) as PhonelineGreeting[];
    },

    async uploadGreeting(line, greeting) {
      const checked = checkPhoneline(line);
      const { voicemailId, body } = validateGreetingUpload(greeting);
      const params = await ids(checked);
      const response = await client.request(
        'POST /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings',
        { ...params, voicemailId, body },
        { errorMessages: { 404: `Voicemail ${voicemailId} was not found` }, outcomeSubject: 'the greeting' },
      );
      return (response.items ?? []) as PhonelineGreeting[];
    },

    async activateGreeting(line, greeting) {
      const checked = checkPhoneline(line);
      const { voicemailId, greetingId } = checkGreeting(greeting);
      const params = await ids(checked);
      await client.request(
        'PUT /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings/{greetingId}',
        { ...params, voicemailId, greetingId, body: { active: true } },
        { errorMessages: { 404: `Greeting ${greetingId} was not found` } },
      );
    },

    async deleteGreeting(line, greeting) {
      const checked = checkPhoneline(line);
      const { voicemailId, greetingId } = checkGreeting(greeting);
      const params = await ids(checked);
      await client.request(
        'DELETE /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings/{greetingId}',
        { ...params, voicemailId, greetingId },
        { errorMessages: { 404: `Greeting ${greetingId} was not found` } },
      );
    },
  };
}

const FORWARDINGS_NOT_BOOKED: ErrorMessages = {
  403: 'Forwardings are not booked for this account or the token lacks the phonelines:forwardings scope',
};
const PARALLEL_NOT_BOOKED: ErrorMessages = {
  403: 'Parallel forwardings are not booked for this account or the token lacks the phonelines:parallelforwardings scope',
};
const VOICEMAIL_NOT_BOOKED: ErrorMessages = {
  403: 'Voicemail is not booked for this account or the token lacks the phonelines:voicemails scope',
};
