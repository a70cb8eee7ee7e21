import { SipgateIOValidationError, validateId } from '@sipgateio/core';
import type { AutorecordingGreetingUpload } from './account.types.js';

// The API description's limit for the encoded file.
const MAX_BASE64_LENGTH = 15_000_000;
// A character class, not repeated groups: a repeated group overflows the regex engine's stack on large files.
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Checks a greeting upload: a file name and non-empty, well-formed base64 content within the API's limit.
 * @throws {SipgateIOValidationError} naming `filename` or `base64Content`.
 */
export function validateGreeting(value: AutorecordingGreetingUpload): AutorecordingGreetingUpload {
  const filename = validateId(value?.filename, 'filename');
  const content: unknown = value?.base64Content;
  if (typeof content === 'string' && content.length > MAX_BASE64_LENGTH) {
    throw new SipgateIOValidationError(
      `Invalid base64Content: ${content.length} characters, at most ${MAX_BASE64_LENGTH} are accepted`,
      'base64Content',
    );
  }
  if (typeof content !== 'string' || content.length % 4 !== 0 || !BASE64.test(content)) {
    throw new SipgateIOValidationError(
      'Invalid base64Content: expected a non-empty base64 string',
      'base64Content',
    );
  }
  return { filename, base64Content: content };
}
