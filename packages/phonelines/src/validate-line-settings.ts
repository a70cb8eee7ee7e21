import {
  SipgateIOValidationError,
  validateBoolean,
  validateChoice,
  validateExtension,
  validateInteger,
} from '@sipgateio/core';
import type { BlockAnonymousSetting, PhonelineVoicemailSettings } from './phonelines.types.js';

const BLOCK_ANONYMOUS_TARGETS: readonly BlockAnonymousSetting['target'][] = ['REJECT', 'VOICEMAIL'];

/**
 * Checks a block-anonymous setting and returns the request body.
 * @throws {SipgateIOValidationError} naming `setting.enabled` or `setting.target`.
 */
export function validateBlockAnonymous(setting: unknown): BlockAnonymousSetting {
  if (typeof setting !== 'object' || setting === null) {
    throw new SipgateIOValidationError(`setting must be an object, got ${String(setting)}`, 'setting');
  }
  const { enabled, target } = setting as Record<string, unknown>;
  const checkedTarget = validateChoice(target, 'setting.target', BLOCK_ANONYMOUS_TARGETS);
  return { enabled: validateBoolean(enabled, 'setting.enabled'), target: checkedTarget };
}

/**
 * Checks a voicemail box's settings and returns the id and the request body (`timeout` only when given).
 * @throws {SipgateIOValidationError} naming `settings.voicemailId`, `settings.active`, `settings.timeout`…
 */
export function validateVoicemailSettings(settings: unknown): {
  voicemailId: string;
  body: { active: boolean; transcription: boolean; timeout?: number };
} {
  if (typeof settings !== 'object' || settings === null) {
    throw new SipgateIOValidationError(`settings must be an object, got ${String(settings)}`, 'settings');
  }
  const { voicemailId, active, transcription, timeout } = settings as Partial<PhonelineVoicemailSettings>;
  return {
    voicemailId: validateExtension(voicemailId, 'settings.voicemailId', 'v'),
    body: {
      active: validateBoolean(active, 'settings.active'),
      transcription: validateBoolean(transcription, 'settings.transcription'),
      ...(timeout === undefined ? {} : { timeout: validateInteger(timeout, 'settings.timeout', { min: 0 }) }),
    },
  };
}
