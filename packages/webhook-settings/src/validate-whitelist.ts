import { isExtension, SipgateIOValidationError } from '@sipgateio/core';

/**
 * Checks that every whitelist entry is a phoneline (`p…`) or group (`g…`) extension and returns a copy.
 * @throws {SipgateIOValidationError} naming `extensions`, or the offending entry as `extensions[<index>]`.
 */
export function validateWhitelist(extensions: unknown): string[] {
  if (!Array.isArray(extensions)) {
    throw new SipgateIOValidationError(
      `Whitelist must be an array of 'p' and 'g' extensions, got ${String(extensions)}`,
      'extensions',
    );
  }
  extensions.forEach((extension: unknown, index) => {
    if (!isExtension(extension, 'pg')) {
      // The original appended the extension twice (`Invalid extension: x: x`); it is named once here.
      throw new SipgateIOValidationError(
        `Whitelist allows only 'p' and 'g' extensions\nInvalid extension: ${String(extension)}`,
        `extensions[${index}]`,
      );
    }
  });
  return [...extensions];
}
