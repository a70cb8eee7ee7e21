import { rememberAuthenticatedWebuserId } from './authenticated-webuser-id.js';
import type { SipgateIOClient } from './client.types.js';
import { SipgateIOValidationError } from './errors.js';
import { validateExtension } from './validate-extension.js';

/** A phoneline: `'p0'` (a line of the web user behind the credentials) or `{ userId, phonelineId }`. */
export type PhonelineReference = string | { phonelineId: string; userId?: string };

/** A checked phoneline reference; `userId` is undefined when the authenticated web user's line is meant. */
export interface CheckedPhoneline {
  phonelineId: string;
  userId: string | undefined;
}

/**
 * Checks a phoneline given as `'p0'` or `{ userId, phonelineId }` without asking the API, so bad input fails
 * before any request.
 * @throws {SipgateIOValidationError} naming `phonelineId` or `userId`.
 */
export function checkPhoneline(phoneline: unknown): CheckedPhoneline {
  if (typeof phoneline === 'string')
    return { phonelineId: validateExtension(phoneline, 'phonelineId', 'p'), userId: undefined };
  if (typeof phoneline !== 'object' || phoneline === null) {
    throw new SipgateIOValidationError(
      `Invalid phoneline: expected 'p0' or { userId, phonelineId }, got ${String(phoneline)}`,
      'phonelineId',
    );
  }
  const { phonelineId, userId } = phoneline as { phonelineId?: unknown; userId?: unknown };
  return {
    phonelineId: validateExtension(phonelineId, 'phonelineId', 'p'),
    userId: userId === undefined ? undefined : validateExtension(userId, 'userId', 'w'),
  };
}

/**
 * Returns a function giving a checked phoneline's path parameters: its user, or the web user behind the client's
 * credentials (asked once per returned function).
 * @throws {SipgateIOHttpError} (as a rejection) when `GET /authorization/userinfo` fails.
 */
export function phonelinePaths(
  client: Pick<SipgateIOClient, 'getAuthenticatedWebuserId'>,
): (phoneline: CheckedPhoneline) => Promise<{ userId: string; phonelineId: string }> {
  const webuserId = rememberAuthenticatedWebuserId(client);
  return async ({ phonelineId, userId }) => ({ userId: userId ?? (await webuserId()), phonelineId });
}
