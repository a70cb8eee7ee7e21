import { type SipgateIOClient, SipgateIOValidationError, validateExtension } from '@sipgateio/core';

/** A checked phoneline reference; `userId` is undefined when the authenticated web user's line is meant. */
export interface CheckedPhoneline {
  phonelineId: string;
  userId: string | undefined;
}

/**
 * Checks a phoneline given as `'p0'` or `{ userId, phonelineId }`.
 * @throws {SipgateIOValidationError} `Invalid extension: <value>`, naming `phonelineId` or `userId`.
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

/** The path parameters of a phoneline: the given user, or the web user behind the client's credentials. */
export async function phonelinePath(
  client: SipgateIOClient,
  phoneline: CheckedPhoneline,
): Promise<{ userId: string; phonelineId: string }> {
  const userId = phoneline.userId ?? (await client.getAuthenticatedWebuserId());
  return { userId, phonelineId: phoneline.phonelineId };
}
