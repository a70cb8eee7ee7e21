import {
  SipgateIOValidationError,
  validateBoolean,
  validateExtension,
  validateInteger,
} from '@sipgateio/core';
import type { BlockAnonymousSetting, PhonelineVoicemailSettings } from './phonelines.types.js';

const BLOCK_ANONYMOUS_TARGETS: ReadonlySet<unknown> = new Set(['REJECT', 'VOICEMAIL']);

/**
 * Checks a block-anonymous setting and returns the request body.
 * @throws {SipgateIOValidationError} naming `setting.enabled` or `setting.target`.
 */
export function validateBlockAnonymous(setting: unknown): BlockAnonymousSetting {
  if (typeof setting !== 'object' || setting === null) {
    throw new SipgateIOValidationError(`setting must be an object, got ${String(setting)}`, 'setting');
  }
  const { enabled, target } = setting as Record<string, unknown>;
  if (!BLOCK_ANONYMOUS_TARGETS.has(target)) {
    throw new SipgateIOValidationError(
      `setting.target must be 'REJECT' or 'VOICEMAIL', got ${JSON.stringify(target) ?? 'undefined'}`,
      'setting.target',
    );
  }
  return {
    enabled: validateBoolean(enabled, 'setting.enabled'),
    target: target as BlockAnonymousSetting['target'],
  };
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
