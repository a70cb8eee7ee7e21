import { type SipgateIOClient, validateExtension } from '@sipgateio/core';

/**
 * The user id to work on: the one passed, checked to be a web user id such as `w0`, else the authenticated web
 * user's (`GET /authorization/userinfo`).
 * @throws {SipgateIOValidationError} `userId` when one is passed that is not a web user id.
 */
export async function resolveUserId(
  client: Pick<SipgateIOClient, 'getAuthenticatedWebuserId'>,
  userId: unknown,
): Promise<string> {
  if (userId !== undefined) return validateExtension(userId, 'userId', 'w');
  return client.getAuthenticatedWebuserId();
}
