import { rememberAuthenticatedWebuserId, type SipgateIOClient, validateExtension } from '@sipgateio/core';

/** Gives the user id a function works on. */
export type UserIdResolver = (userId: unknown) => Promise<string>;

/**
 * Returns the module's user id resolver: the id passed, checked to be a web user id such as `w0`, else the
 * authenticated web user's (`GET /authorization/userinfo`, asked once per module).
 * @throws {SipgateIOValidationError} (as a rejection) `userId` when one is passed that is not a web user id.
 */
export function createUserIdResolver(
  client: Pick<SipgateIOClient, 'getAuthenticatedWebuserId'>,
): UserIdResolver {
  const authenticatedWebuserId = rememberAuthenticatedWebuserId(client);
  return async (userId) =>
    userId === undefined ? authenticatedWebuserId() : validateExtension(userId, 'userId', 'w');
}
