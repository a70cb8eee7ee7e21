import {
  base64Length,
  bytesToBase64,
  SipgateIOValidationError,
  validateExtension,
  validateId,
} from '@sipgateio/core';

/** The API takes at most 15,000,000 base64 characters of audio. */
const MAX_BASE64_LENGTH = 15_000_000;

/**
 * Checks a greeting upload and returns the voicemail id and the request body (`filename`, `base64Content`).
 * @throws {SipgateIOValidationError} naming `greeting.voicemailId`, `greeting.filename` or `greeting.fileContent`.
 */
export function validateGreetingUpload(greeting: unknown): {
  voicemailId: string;
  body: { filename: string; base64Content: string };
} {
  if (typeof greeting !== 'object' || greeting === null) {
    throw new SipgateIOValidationError(`greeting must be an object, got ${String(greeting)}`, 'greeting');
  }
  const { voicemailId, filename, fileContent } = greeting as Record<string, unknown>;
  const checkedId = validateExtension(voicemailId, 'greeting.voicemailId', 'v');
  const checkedName = validateId(filename, 'greeting.filename');
  if (!(fileContent instanceof Uint8Array) || fileContent.byteLength === 0) {
    throw new SipgateIOValidationError(
      'greeting.fileContent must be a non-empty Uint8Array (or Buffer) holding the audio file',
      'greeting.fileContent',
    );
  }
  if (base64Length(fileContent.byteLength) > MAX_BASE64_LENGTH) {
    throw new SipgateIOValidationError(
      `greeting.fileContent is too large: ${fileContent.byteLength} bytes, at most ${(MAX_BASE64_LENGTH / 4) * 3} are accepted`,
      'greeting.fileContent',
    );
  }
  return {
    voicemailId: checkedId,
    body: { filename: checkedName, base64Content: bytesToBase64(fileContent) },
  };
}
