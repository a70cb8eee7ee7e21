import type { Webuser } from '@sipgateio/core';

/** A web user of the account, as `GET /users` and `GET /users/{userId}` answer (`id` is e.g. `w0`). */
export type User = Webuser;

/** The role of a web user: an admin manages the account's users, lines and devices. */
export interface UserRole {
  admin: boolean;
}

/** What `createUsersModule` returns. Every function checks its input before any request. */
export interface UsersModule {
  /**
   * Lists every web user of the account (`GET /users`, scope `users:read`); the API answers them in one
   * response, without pages.
   * @throws {SipgateIOHttpError} with core's class for the status (401, 403, …).
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  getUsers(): Promise<User[]>;

  /**
   * Reads one web user (`GET /users/{userId}`, scope `users:read`).
   * @throws {SipgateIOValidationError} naming `userId` when it is not a web user id such as `w0`.
   * @throws {SipgateIONotFoundError} `User <userId> was not found` for a 404.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   */
  getUser(userId: string): Promise<User>;

  /**
   * Deletes a web user (`DELETE /users/{userId}`, scope `users:write`).
   * @throws {SipgateIOValidationError} naming `userId` when it is not a web user id such as `w0`.
   * @throws {SipgateIONotFoundError} `User <userId> was not found` for a 404.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   */
  deleteUser(userId: string): Promise<void>;

  /**
   * Makes a web user an admin or takes the admin role away (`PUT /users/{userId}/role`, scope
   * `users:role:write`).
   * @throws {SipgateIOValidationError} naming `userId` or `role.admin` (a real boolean).
   * @throws {SipgateIONotFoundError} `User <userId> was not found` for a 404.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   */
  setRole(userId: string, role: UserRole): Promise<void>;

  /**
   * Sets the device that rings and calls out by default for a web user (`PUT /users/{userId}/defaultdevice`,
   * scope `users:defaultdevice:write`).
   * @throws {SipgateIOValidationError} naming `userId`, or `deviceId` when it is not a device extension
   * (`e0` VoIP phone, `x0` external phone, `y0` mobile).
   * @throws {SipgateIONotFoundError} `User <userId> was not found` for a 404.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   */
  setDefaultDevice(userId: string, deviceId: string): Promise<void>;

  /**
   * Turns busy on busy on or off for a web user: while they are on a call, further callers hear busy
   * (`PUT /users/{userId}/busyonbusy`, scope `users:busyonbusy:write`).
   * @throws {SipgateIOValidationError} naming `userId` or `enabled` (a real boolean).
   * @throws {SipgateIONotFoundError} `User <userId> was not found` for a 404.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   */
  setBusyOnBusy(userId: string, enabled: boolean): Promise<void>;

  /**
   * Sets the address a web user is located at, e.g. for emergency calls (`PUT /users/{userId}/location`,
   * scope `users:write`). `addressId` is the id of one of the account's addresses; the `addressId` a user
   * is read with (a string of digits) is accepted as it is.
   * @throws {SipgateIOValidationError} naming `userId`, or `addressId` when it is not a whole number from 0
   * to 2147483647.
   * @throws {SipgateIONotFoundError} `User <userId> was not found` for a 404.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   */
  setLocation(userId: string, addressId: number | string): Promise<void>;
}
